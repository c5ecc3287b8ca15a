package haul.publish;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of a published table: its cells (the marker column excluded) and its markers. A row with a
 * cell not available is marked {@code x} when it is built.
 *
 * @param keyWidth how many leading cells identify the row across editions
 */
public record TableRow(List<Cell> cells, Set<Marker> markers, int keyWidth) {

  public TableRow {
    cells = List.copyOf(cells);
    EnumSet<Marker> all = markers.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(markers);
    if (cells.stream().anyMatch(c -> c.kind() == Cell.Kind.NOT_AVAILABLE)) {
      all.add(Marker.NOT_AVAILABLE);
    }
    markers = Set.copyOf(all);
    if (keyWidth < 1 || keyWidth > cells.size()) {
      throw new IllegalArgumentException("a row's key is 1 to " + cells.size() + " cells, not " + keyWidth);
    }
  }

  public List<Cell> key() {
    return cells.subList(0, keyWidth);
  }

  public TableRow with(Marker marker) {
    EnumSet<Marker> more = markers.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(markers);
    more.add(marker);
    return new TableRow(cells, more, keyWidth);
  }

  /** Marker codes in their fixed order, space-separated: {@code x n}. */
  public String markerCodes() {
    return EnumSet.copyOf(markersOrEmpty()).stream().map(Marker::code).collect(Collectors.joining(" "));
  }

  /** Workbook shorthand, {@code [x]} left out (it is in the cell itself): {@code [r] [n]}. */
  public String markerShorthand() {
    return EnumSet.copyOf(markersOrEmpty()).stream()
        .filter(m -> m != Marker.NOT_AVAILABLE)
        .map(Marker::shorthand)
        .collect(Collectors.joining(" "));
  }

  private Set<Marker> markersOrEmpty() {
    return markers.isEmpty() ? EnumSet.noneOf(Marker.class) : markers;
  }
}
