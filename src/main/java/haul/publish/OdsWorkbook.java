package haul.publish;

import haul.stats.Note;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The tables as one OpenDocument spreadsheet, written as a stream with the JDK's StAX writer into
 * a zip (odfdom was measured far too slow here; SODS cannot set number formats). It follows the
 * GOV.UK guidance for accessible spreadsheets: a cover sheet, a contents sheet and a notes sheet
 * first, then one table per sheet with its title in A1, one header row with units, numbers stored
 * as numbers with thousands separators, {@code [x]} in a cell not available, other shorthand in
 * the marker column, no merged cells. Memory: one sheet's XML is never held; the whole file is.
 */
public final class OdsWorkbook {

  static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
  private static final String VERSION = "1.3";
  private static final String NOT_APPLICABLE = "[z]";
  /** Entry times are fixed (and in the DOS range, so no extra field precedes the mimetype). */
  private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);

  private final DecimalFormat groupedDisplay =
      new DecimalFormat("#,##0.#####", DecimalFormatSymbols.getInstance(Locale.UK));
  private final DecimalFormat percentDisplay = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
  private final WorkbookCover cover;
  private final List<PublishedTable> tables;
  private final List<Note> notes;

  /** @param notes the data-quality notes of the years the tables cover */
  public OdsWorkbook(WorkbookCover cover, List<PublishedTable> tables, List<Note> notes) {
    this.cover = cover;
    this.tables = List.copyOf(tables);
    this.notes = List.copyOf(notes);
  }

  public byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      entry.setTimeLocal(FIXED_TIME);
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      xmlEntry(zip, "content.xml", this::content);
      xmlEntry(zip, "styles.xml", this::styles);
      xmlEntry(zip, "meta.xml", this::meta);
      xmlEntry(zip, "META-INF/manifest.xml", OdsWorkbook::manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** content.xml alone: what the golden-file test compares. */
  public byte[] contentXml() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeXml(bytes, this::content);
    return bytes.toByteArray();
  }

  private interface XmlPart {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static void xmlEntry(ZipOutputStream zip, String name, XmlPart part) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(entry);
    writeXml(zip, part);
    zip.closeEntry();
  }

  /** Writes through a buffer: the deflater is slow with the StAX writer's many small writes. */
  private static void writeXml(OutputStream out, XmlPart part) {
    try {
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffered, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      part.write(xml);
      xml.writeEndDocument();
      xml.flush();
      buffered.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the workbook: " + e.getMessage(), e);
    }
  }

  private void content(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("office", "document-content", OFFICE);
    namespaces(xml);
    xml.writeAttribute("office", OFFICE, "version", VERSION);
    automaticStyles(xml);
    xml.writeStartElement("office", "body", OFFICE);
    xml.writeStartElement("office", "spreadsheet", OFFICE);
    coverSheet(xml);
    contentsSheet(xml);
    notesSheet(xml);
    for (PublishedTable table : tables) {
      tableSheet(xml, table);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void namespaces(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeNamespace("office", OFFICE);
    xml.writeNamespace("style", STYLE);
    xml.writeNamespace("text", TEXT);
    xml.writeNamespace("table", TABLE);
    xml.writeNamespace("number", NUMBER);
    xml.writeNamespace("fo", FO);
    xml.writeNamespace("xlink", XLINK);
  }

  /** The theme: every style the sheets use, in one place. */
  private static void automaticStyles(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("office", "automatic-styles", OFFICE);
    numberStyle(xml, "N-count", 0, 0);
    numberStyle(xml, "N-quantity", 5, 0);
    numberStyle(xml, "N-percent", 1, 1);
    columnStyle(xml, "co-narrow", "3.5cm");
    columnStyle(xml, "co-wide", "9cm");
    cellStyle(xml, "ce-count", "N-count", false, null);
    cellStyle(xml, "ce-quantity", "N-quantity", false, null);
    cellStyle(xml, "ce-percent", "N-percent", false, null);
    cellStyle(xml, "ce-title", null, true, "14pt");
    cellStyle(xml, "ce-heading", null, true, null);
    xml.writeEndElement();
  }

  private static void numberStyle(XMLStreamWriter xml, String name, int decimals, int minDecimals)
      throws XMLStreamException {
    xml.writeStartElement("number", "number-style", NUMBER);
    xml.writeAttribute("style", STYLE, "name", name);
    xml.writeEmptyElement("number", "number", NUMBER);
    xml.writeAttribute("number", NUMBER, "decimal-places", Integer.toString(decimals));
    xml.writeAttribute("number", NUMBER, "min-decimal-places", Integer.toString(minDecimals));
    xml.writeAttribute("number", NUMBER, "min-integer-digits", "1");
    xml.writeAttribute("number", NUMBER, "grouping", "true");
    xml.writeEndElement();
  }

  private static void columnStyle(XMLStreamWriter xml, String name, String width) throws XMLStreamException {
    xml.writeStartElement("style", "style", STYLE);
    xml.writeAttribute("style", STYLE, "name", name);
    xml.writeAttribute("style", STYLE, "family", "table-column");
    xml.writeEmptyElement("style", "table-column-properties", STYLE);
    xml.writeAttribute("style", STYLE, "column-width", width);
    xml.writeEndElement();
  }

  private static void cellStyle(XMLStreamWriter xml, String name, String dataStyle, boolean bold, String size)
      throws XMLStreamException {
    xml.writeStartElement("style", "style", STYLE);
    xml.writeAttribute("style", STYLE, "name", name);
    xml.writeAttribute("style", STYLE, "family", "table-cell");
    if (dataStyle != null) {
      xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
    }
    if (bold || size != null) {
      xml.writeEmptyElement("style", "text-properties", STYLE);
      if (bold) {
        xml.writeAttribute("fo", FO, "font-weight", "bold");
      }
      if (size != null) {
        xml.writeAttribute("fo", FO, "font-size", size);
      }
    }
    xml.writeEndElement();
  }

  private void coverSheet(XMLStreamWriter xml) throws XMLStreamException {
    startSheet(xml, "Cover_sheet", List.of("co-wide"));
    titleRow(xml, cover.title());
    for (String line : cover.about()) {
      textRow(xml, line);
    }
    headingRow(xml, "Source");
    textRow(xml, cover.source());
    headingRow(xml, "Contact");
    textRow(xml, cover.contact());
    headingRow(xml, "Published");
    textRow(xml, cover.published());
    headingRow(xml, "Edition");
    textRow(xml, cover.edition());
    xml.writeEndElement();
  }

  private void contentsSheet(XMLStreamWriter xml) throws XMLStreamException {
    startSheet(xml, "Contents", List.of("co-narrow", "co-wide"));
    titleRow(xml, "Contents");
    textRow(xml, "This worksheet contains one table. Each sheet name links to its sheet.");
    xml.writeStartElement("table", "table-row", TABLE);
    headingCell(xml, "Sheet name");
    headingCell(xml, "Table title");
    xml.writeEndElement();
    contentsRow(xml, "Notes", "Notes, and what the markers in the tables mean");
    for (PublishedTable table : tables) {
      contentsRow(xml, table.sheetName(), table.title());
    }
    xml.writeEndElement();
  }

  private void contentsRow(XMLStreamWriter xml, String sheet, String title) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    xml.writeStartElement("table", "table-cell", TABLE);
    xml.writeAttribute("office", OFFICE, "value-type", "string");
    xml.writeStartElement("text", "p", TEXT);
    xml.writeStartElement("text", "a", TEXT);
    xml.writeAttribute("xlink", XLINK, "type", "simple");
    xml.writeAttribute("xlink", XLINK, "href", "#" + sheet + ".A1");
    xml.writeCharacters(sheet);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    textCell(xml, title);
    xml.writeEndElement();
  }

  private void notesSheet(XMLStreamWriter xml) throws XMLStreamException {
    startSheet(xml, "Notes", List.of("co-narrow", "co-narrow", "co-wide"));
    titleRow(xml, "Notes");
    textRow(xml, "This worksheet contains one table: what each marker means, then the data-quality notes.");
    xml.writeStartElement("table", "table-row", TABLE);
    headingCell(xml, "Marker or year");
    headingCell(xml, "Agency");
    headingCell(xml, "Meaning or note");
    xml.writeEndElement();
    for (Marker marker : Marker.values()) {
      row(xml, marker.shorthand(), "", marker.meaning());
    }
    row(xml, NOT_APPLICABLE, "", "not applicable: a count-only drug has no quantity, and a percent change from"
        + " no seizures is undefined");
    for (Note note : notes) {
      row(xml, note.year().label(), note.agencyCode().orElse("all"), note.text());
    }
    xml.writeEndElement();
  }

  private static void row(XMLStreamWriter xml, String... cells) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    for (String cell : cells) {
      textCell(xml, cell);
    }
    xml.writeEndElement();
  }

  private void tableSheet(XMLStreamWriter xml, PublishedTable table) throws XMLStreamException {
    List<String> columnStyles = new ArrayList<>();
    table.allColumns().forEach(c -> columnStyles.add("co-narrow"));
    startSheet(xml, table.sheetName(), columnStyles);
    titleRow(xml, table.title());
    textRow(xml, "This worksheet contains one table. Shorthand is explained on the Notes sheet.");
    for (String note : table.notes()) {
      textRow(xml, note);
    }
    xml.writeStartElement("table", "table-row", TABLE);
    for (Column column : table.allColumns()) {
      headingCell(xml, column.heading());
    }
    xml.writeEndElement();
    for (TableRow row : table.rows()) {
      xml.writeStartElement("table", "table-row", TABLE);
      for (int i = 0; i < row.cells().size(); i++) {
        cell(xml, row.cells().get(i), table.columns().get(i).format());
      }
      textCell(xml, row.markerShorthand());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void startSheet(XMLStreamWriter xml, String name, List<String> columnStyles)
      throws XMLStreamException {
    xml.writeStartElement("table", "table", TABLE);
    xml.writeAttribute("table", TABLE, "name", name);
    for (String style : columnStyles) {
      xml.writeEmptyElement("table", "table-column", TABLE);
      xml.writeAttribute("table", TABLE, "style-name", style);
    }
  }

  private static void titleRow(XMLStreamWriter xml, String title) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    styledText(xml, "ce-title", title);
    xml.writeEndElement();
  }

  private static void headingRow(XMLStreamWriter xml, String heading) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    headingCell(xml, heading);
    xml.writeEndElement();
  }

  private static void textRow(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    textCell(xml, text);
    xml.writeEndElement();
  }

  private static void headingCell(XMLStreamWriter xml, String text) throws XMLStreamException {
    styledText(xml, "ce-heading", text);
  }

  private static void styledText(XMLStreamWriter xml, String style, String text) throws XMLStreamException {
    xml.writeStartElement("table", "table-cell", TABLE);
    xml.writeAttribute("table", TABLE, "style-name", style);
    xml.writeAttribute("office", OFFICE, "value-type", "string");
    paragraph(xml, text);
    xml.writeEndElement();
  }

  private static void textCell(XMLStreamWriter xml, String text) throws XMLStreamException {
    if (text.isEmpty()) {
      xml.writeEmptyElement("table", "table-cell", TABLE);
      return;
    }
    xml.writeStartElement("table", "table-cell", TABLE);
    xml.writeAttribute("office", OFFICE, "value-type", "string");
    paragraph(xml, text);
    xml.writeEndElement();
  }

  private void cell(XMLStreamWriter xml, Cell cell, Column.NumberStyle format) throws XMLStreamException {
    switch (cell.kind()) {
      case TEXT -> textCell(xml, cell.text());
      case NOT_AVAILABLE -> textCell(xml, Marker.NOT_AVAILABLE.shorthand());
      case NOT_APPLICABLE -> textCell(xml, NOT_APPLICABLE);
      case NUMBER -> {
        xml.writeStartElement("table", "table-cell", TABLE);
        xml.writeAttribute("table", TABLE, "style-name", switch (format) {
          case QUANTITY -> "ce-quantity";
          case PERCENT -> "ce-percent";
          case COUNT, NONE -> "ce-count";
        });
        xml.writeAttribute("office", OFFICE, "value-type", "float");
        xml.writeAttribute("office", OFFICE, "value", cell.text());
        paragraph(xml, display(cell.text(), format));
        xml.writeEndElement();
      }
      default -> throw new IllegalStateException(cell.kind().toString());
    }
  }

  /** The text a spreadsheet shows for a number already rounded by {@link OutputFormat}: 18,767.5. */
  private String display(String number, Column.NumberStyle format) {
    if (format == Column.NumberStyle.PERCENT) {
      return percentDisplay.format(new BigDecimal(number));
    }
    if (number.length() < 4 && number.indexOf('.') < 0) {
      return number;
    }
    return groupedDisplay.format(new BigDecimal(number));
  }

  private static void paragraph(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeStartElement("text", "p", TEXT);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void styles(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("office", "document-styles", OFFICE);
    namespaces(xml);
    xml.writeAttribute("office", OFFICE, "version", VERSION);
    xml.writeStartElement("office", "styles", OFFICE);
    xml.writeStartElement("style", "default-style", STYLE);
    xml.writeAttribute("style", STYLE, "family", "table-cell");
    xml.writeEmptyElement("style", "text-properties", STYLE);
    xml.writeAttribute("style", STYLE, "font-name", "Arial");
    xml.writeAttribute("fo", FO, "font-size", "11pt");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void meta(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("office", "document-meta", OFFICE);
    xml.writeNamespace("office", OFFICE);
    xml.writeNamespace("meta", META);
    xml.writeNamespace("dc", DC);
    xml.writeAttribute("office", OFFICE, "version", VERSION);
    xml.writeStartElement("office", "meta", OFFICE);
    xml.writeStartElement("meta", "generator", META);
    xml.writeCharacters("haul");
    xml.writeEndElement();
    xml.writeStartElement("dc", "title", DC);
    xml.writeCharacters(cover.title());
    xml.writeEndElement();
    xml.writeStartElement("dc", "language", DC);
    xml.writeCharacters("en-GB");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void manifest(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("manifest", "manifest", MANIFEST);
    xml.writeNamespace("manifest", MANIFEST);
    xml.writeAttribute("manifest", MANIFEST, "version", VERSION);
    manifestEntry(xml, "/", MIMETYPE);
    for (String file : List.of("content.xml", "styles.xml", "meta.xml")) {
      manifestEntry(xml, file, "text/xml");
    }
    xml.writeEndElement();
  }

  private static void manifestEntry(XMLStreamWriter xml, String path, String type) throws XMLStreamException {
    xml.writeEmptyElement("manifest", "file-entry", MANIFEST);
    xml.writeAttribute("manifest", MANIFEST, "full-path", path);
    if ("/".equals(path)) {
      xml.writeAttribute("manifest", MANIFEST, "version", VERSION);
    }
    xml.writeAttribute("manifest", MANIFEST, "media-type", type);
  }
}
