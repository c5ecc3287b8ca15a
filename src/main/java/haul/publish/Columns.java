package haul.publish;

/**
 * The columns of the published tables (DESIGN.md "Formats at the edges"), each once: its CSV name (a
 * contract), its workbook heading with the unit, and its type. {@link TableContract} lists which
 * table has which; every reader of a stored table names a column through these constants, so a
 * renamed column is a compile-time or read-time error, never a silent empty figure.
 */
public final class Columns {

  private Columns() {}

  /** {@code agency_type} of the {@code police} and {@code england-and-wales} total rows. */
  public static final String TOTAL_TYPE = "total";

  public static final Column FINANCIAL_YEAR = Column.text("financial_year", "Financial year");
  public static final Column AGENCY_CODE = Column.text("agency_code", "Agency code");
  public static final Column AGENCY_NAME = Column.text("agency_name", "Agency");
  public static final Column AGENCY_TYPE = Column.text("agency_type", "Agency type");
  public static final Column REGION = Column.text("region", "Region");
  public static final Column SEIZURES = Column.count("seizures", "Seizures (number)");
  public static final Column SHARE_PERCENT =
      new Column("share_percent", "Share of all seizures in England and Wales (%)", Column.NumberStyle.PERCENT);
  public static final Column DRUG = Column.text("drug", "Drug");
  /** A drug row's class: its class on 31 March of the year. */
  public static final Column DRUG_CLASS = Column.text("drug_class", "Class on 31 March");
  /** The class of the by-class table, where a seizure counts by its date (same CSV name). */
  public static final Column CLASS = Column.text("drug_class", "Class");
  public static final Column UNIT = Column.text("unit", "Unit");
  public static final Column QUANTITY =
      new Column("quantity", "Quantity (in the unit of the row)", Column.NumberStyle.QUANTITY);
  public static final Column LINES_WITHOUT_QUANTITY =
      Column.count("lines_without_quantity", "Drug lines without a quantity (number)");
  public static final Column PREVIOUS_SEIZURES = Column.count("previous_seizures", "Seizures the year before (number)");
  public static final Column CHANGE = Column.count("change", "Change (number)");
  public static final Column PERCENT_CHANGE = new Column("percent_change", "Change (%)", Column.NumberStyle.PERCENT);
  /** Every table's last column: the row's shorthand codes. */
  public static final Column MARKER = Column.text("marker", "Notes and markers");
}
