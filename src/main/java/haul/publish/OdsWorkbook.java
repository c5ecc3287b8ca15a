package haul.publish;

import haul.stats.Note;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The tables as one OpenDocument spreadsheet, written as a stream with the JDK's StAX writer into
 * a zip (odfdom was measured far too slow here; SODS cannot set number formats). It follows the
 * GOV.UK guidance for accessible spreadsheets, as {@link WorkbookSheets} lays the sheets out;
 * numbers are stored as numbers, exact, and shown with thousands separators and the decimals of
 * their unit; no merged cells. Memory: the sheets' cells and the whole file are held, never the
 * XML of a sheet.
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
  /** Entry times are fixed (and in the DOS range, so no extra field precedes the mimetype). */
  private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);

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
    List<OdsSheet> sheets = new WorkbookSheets(cover, tables, notes).all();
    xml.writeStartElement("office", "document-content", OFFICE);
    namespaces(xml);
    xml.writeAttribute("office", OFFICE, "version", VERSION);
    automaticStyles(xml, sheets);
    xml.writeStartElement("office", "body", OFFICE);
    xml.writeStartElement("office", "spreadsheet", OFFICE);
    for (OdsSheet sheet : sheets) {
      sheet(xml, sheet);
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

  /**
   * The theme, every style the sheets use in one place: a number style and a cell style for each
   * number of decimals used ({@code ce-n3} shows 18,767.000), a column style for each width used
   * ({@code co-4.2}), a bold title and a bold, wrapping header.
   */
  private static void automaticStyles(XMLStreamWriter xml, List<OdsSheet> sheets) throws XMLStreamException {
    SortedSet<Integer> decimals = new TreeSet<>();
    SortedSet<Double> widths = new TreeSet<>();
    for (OdsSheet sheet : sheets) {
      widths.addAll(sheet.widthsCm());
      sheet.rows().forEach(r -> r.stream().filter(c -> c.kind() == OdsCell.Kind.NUMBER)
          .forEach(c -> decimals.add(c.numberStyle().decimals())));
    }
    xml.writeStartElement("office", "automatic-styles", OFFICE);
    for (int d : decimals) {
      numberStyle(xml, "N" + d, d);
    }
    for (double width : widths) {
      columnStyle(xml, columnStyleName(width), width + "cm");
    }
    for (int d : decimals) {
      cellStyle(xml, "ce-n" + d, "N" + d, false, null, false);
    }
    cellStyle(xml, "ce-title", null, true, "14pt", false);
    cellStyle(xml, "ce-heading", null, true, null, true);
    xml.writeEndElement();
  }

  private static String columnStyleName(double width) {
    return "co-" + width;
  }

  private static void numberStyle(XMLStreamWriter xml, String name, int decimals) throws XMLStreamException {
    xml.writeStartElement("number", "number-style", NUMBER);
    xml.writeAttribute("style", STYLE, "name", name);
    xml.writeEmptyElement("number", "number", NUMBER);
    xml.writeAttribute("number", NUMBER, "decimal-places", Integer.toString(decimals));
    xml.writeAttribute("number", NUMBER, "min-decimal-places", Integer.toString(decimals));
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

  private static void cellStyle(XMLStreamWriter xml, String name, String dataStyle, boolean bold, String size,
      boolean wrap) throws XMLStreamException {
    xml.writeStartElement("style", "style", STYLE);
    xml.writeAttribute("style", STYLE, "name", name);
    xml.writeAttribute("style", STYLE, "family", "table-cell");
    if (dataStyle != null) {
      xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
    }
    if (wrap) {
      xml.writeEmptyElement("style", "table-cell-properties", STYLE);
      xml.writeAttribute("fo", FO, "wrap-option", "wrap");
      xml.writeAttribute("style", STYLE, "vertical-align", "top");
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

  private static void sheet(XMLStreamWriter xml, OdsSheet sheet) throws XMLStreamException {
    xml.writeStartElement("table", "table", TABLE);
    xml.writeAttribute("table", TABLE, "name", sheet.name());
    for (double width : sheet.widthsCm()) {
      xml.writeEmptyElement("table", "table-column", TABLE);
      xml.writeAttribute("table", TABLE, "style-name", columnStyleName(width));
    }
    for (List<OdsCell> row : sheet.rows()) {
      xml.writeStartElement("table", "table-row", TABLE);
      for (OdsCell cell : row) {
        cell(xml, cell);
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void cell(XMLStreamWriter xml, OdsCell cell) throws XMLStreamException {
    xml.writeStartElement("table", "table-cell", TABLE);
    switch (cell.kind()) {
      case TITLE -> xml.writeAttribute("table", TABLE, "style-name", "ce-title");
      case HEADING -> xml.writeAttribute("table", TABLE, "style-name", "ce-heading");
      case NUMBER -> xml.writeAttribute("table", TABLE, "style-name", "ce-n" + cell.numberStyle().decimals());
      case TEXT, SHEET_LINK -> { }
      default -> throw new IllegalStateException(cell.kind().toString());
    }
    if (cell.kind() == OdsCell.Kind.NUMBER) {
      xml.writeAttribute("office", OFFICE, "value-type", "float");
      xml.writeAttribute("office", OFFICE, "value", cell.value());
    } else {
      xml.writeAttribute("office", OFFICE, "value-type", "string");
    }
    xml.writeStartElement("text", "p", TEXT);
    if (cell.kind() == OdsCell.Kind.SHEET_LINK) {
      xml.writeStartElement("text", "a", TEXT);
      xml.writeAttribute("xlink", XLINK, "type", "simple");
      xml.writeAttribute("xlink", XLINK, "href", "#" + cell.text() + ".A1");
      xml.writeCharacters(cell.text());
      xml.writeEndElement();
    } else {
      xml.writeCharacters(cell.text());
    }
    xml.writeEndElement();
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
