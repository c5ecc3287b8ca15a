package haul.publish;

/** A chart drawn both ways: {@code charts/<name>.svg} and {@code .png}. */
public record ChartFile(String name, byte[] svg, byte[] png) {}
