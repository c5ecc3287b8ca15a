package haul.ingest.tables;

import java.util.Objects;

/**
 * The meaning of a table column: a drug by its catalogue name, a group by its name, a class by its
 * label ({@code A}, {@code Unknown}, {@code none}) or the total {@code All drugs}.
 */
public record TableItem(ItemKind kind, String name) {

  /** The one total item. */
  public static final TableItem ALL_DRUGS = new TableItem(ItemKind.TOTAL, "All drugs");

  public TableItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return kind == ItemKind.CLASS ? "class " + name : name;
  }
}
