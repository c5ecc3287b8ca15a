package haul.publish;

import haul.stats.Note;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of a published table: its cells (the marker column excluded) and its markers. A row with a
 * cell not available is marked {@code x} when it is built.
 *
 * @param keyWidth how many leading cells identify the row across editions
 * @param notes the data-quality notes that apply to the row; a row with any is marked {@code n}
 */
public record TableRow(List<Cell> cells, Set<Marker> markers, int keyWidth, List<Note> notes) {

  public TableRow(List<Cell> cells, Set<Marker> markers, int keyWidth) {
    this(cells, markers, keyWidth, List.of());
  }

  public TableRow {
    cells = List.copyOf(cells);
    notes = List.copyOf(notes);
    EnumSet<Marker> all = markers.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(markers);
    if (cells.stream().anyMatch(c -> c.kind() == Cell.Kind.NOT_AVAILABLE)) {
      all.add(Marker.NOT_AVAILABLE);
    }
    if (!notes.isEmpty()) {
      all.add(Marker.NOTE);
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
    return new TableRow(cells, more, keyWidth, notes);
  }

  /** Marker codes in their fixed order, space-separated: {@code x n}. */
  public String markerCodes() {
    return EnumSet.copyOf(markersOrEmpty()).stream().map(Marker::code).collect(Collectors.joining(" "));
  }

  /** Workbook shorthand, {@code [x]} left out (it is in the cell itself): {@code [r] [n]}. */
  public String markerShorthand() {
    return markerShorthand(note -> java.util.OptionalInt.empty());
  }

  /**
   * Workbook shorthand with each note by its number on the Notes sheet, as the GOV.UK guidance
   * writes it: {@code [r] [note 2] [note 3]}; {@code [n]} for a note the sheet does not number.
   */
  public String markerShorthand(java.util.function.Function<Note, java.util.OptionalInt> numberOf) {
    List<String> parts = new java.util.ArrayList<>();
    for (Marker marker : EnumSet.copyOf(markersOrEmpty())) {
      if (marker == Marker.NOT_AVAILABLE) {
        continue;
      }
      if (marker != Marker.NOTE) {
        parts.add(marker.shorthand());
        continue;
      }
      List<Integer> numbers = notes.stream().map(numberOf).filter(java.util.OptionalInt::isPresent)
          .map(java.util.OptionalInt::getAsInt).distinct().sorted().toList();
      if (numbers.isEmpty()) {
        parts.add(marker.shorthand());
      } else {
        numbers.forEach(n -> parts.add("[note " + n + "]"));
      }
    }
    return String.join(" ", parts);
  }

  private Set<Marker> markersOrEmpty() {
    return markers.isEmpty() ? EnumSet.noneOf(Marker.class) : markers;
  }
}
