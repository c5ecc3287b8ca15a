package haul.cli;

import haul.store.ExportedTable;
import haul.store.ParquetExport;
import haul.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code haul export}: every table of the store as Parquet files, for haul restore or a data lake. */
@Command(
    name = "export",
    description = "Write every table of the store as Parquet files (one per table) into a new or empty folder.",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a new or empty folder")
  Path folder;

  @Override
  public Integer call() {
    List<ExportedTable> tables;
    String location;
    try (Store opened = store.open()) {
      location = opened.location();
      tables = ParquetExport.export(opened, folder);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("exported " + location + " to " + folder + ": " + TableLines.summary(tables));
    TableLines.print(tables, out);
    out.flush();
    return ExitCode.OK;
  }
}
