package haul.publish;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A workbook as a person reads it, for golden files: each sheet as CSV of the text a spreadsheet
 * shows (a number as {@code shown=value} when the two differ, so the stored value is checked too),
 * and the styles that matter as lines: each sheet's column widths, each column's cell styles, and
 * what each number and cell style means.
 */
final class OdsText {

  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

  private final Document content;

  OdsText(byte[] ods) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      this.content = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entry(ods, "content.xml")));
    } catch (Exception e) {
      throw new IllegalStateException("not a workbook: " + e.getMessage(), e);
    }
  }

  static byte[] entry(byte[] zipBytes, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new IllegalStateException("no " + name + " in the zip");
  }

  private List<Element> sheets() {
    return elements(content.getElementsByTagNameNS(TABLE, "table"));
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** Sheet name to its CSV, in the workbook's order. */
  Map<String, String> sheetsAsCsv() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element sheet : sheets()) {
      StringWriter text = new StringWriter();
      try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
        for (Element row : elements(sheet.getElementsByTagNameNS(TABLE, "table-row"))) {
          List<String> fields = new ArrayList<>();
          for (Element cell : elements(row.getElementsByTagNameNS(TABLE, "table-cell"))) {
            String shown = cell.getTextContent();
            String value = cell.getAttributeNS(OFFICE, "value");
            fields.add(value.isEmpty() || value.equals(shown) ? shown : shown + "=" + value);
          }
          csv.writeRecord(fields);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(sheet.getAttributeNS(TABLE, "name"), text.toString());
    }
    return out;
  }

  /** The styles that matter, one line each. */
  String styles() {
    StringBuilder out = new StringBuilder();
    Map<String, String> widths = new TreeMap<>();
    for (Element style : elements(content.getElementsByTagNameNS(STYLE, "style"))) {
      String name = style.getAttributeNS(STYLE, "name");
      StringBuilder meaning = new StringBuilder();
      for (Element p : elements(style.getElementsByTagNameNS("*", "*"))) {
        for (String attribute : List.of("column-width", "font-weight", "font-size", "wrap-option")) {
          String ns = attribute.equals("column-width") ? STYLE : FO;
          if (p.hasAttributeNS(ns, attribute)) {
            meaning.append(' ').append(attribute).append('=').append(p.getAttributeNS(ns, attribute));
          }
        }
      }
      if (style.hasAttributeNS(STYLE, "data-style-name")) {
        meaning.append(" number=").append(style.getAttributeNS(STYLE, "data-style-name"));
      }
      widths.put(name, meaning.toString().strip());
    }
    out.append("# styles\n");
    widths.forEach((name, meaning) -> out.append(name).append(": ").append(meaning).append('\n'));
    for (Element number : elements(content.getElementsByTagNameNS(NUMBER, "number-style"))) {
      Element n = (Element) number.getElementsByTagNameNS(NUMBER, "number").item(0);
      out.append(number.getAttributeNS(STYLE, "name")).append(": decimals=")
          .append(n.getAttributeNS(NUMBER, "decimal-places")).append(" min-decimals=")
          .append(n.getAttributeNS(NUMBER, "min-decimal-places")).append(" grouping=")
          .append(n.getAttributeNS(NUMBER, "grouping")).append('\n');
    }
    for (Element sheet : sheets()) {
      out.append("\n# ").append(sheet.getAttributeNS(TABLE, "name")).append('\n');
      List<String> columns = elements(sheet.getElementsByTagNameNS(TABLE, "table-column")).stream()
          .map(c -> c.getAttributeNS(TABLE, "style-name")).toList();
      out.append("columns: ").append(String.join(" ", columns)).append('\n');
      Map<Integer, java.util.SortedSet<String>> cellStyles = new TreeMap<>();
      for (Element row : elements(sheet.getElementsByTagNameNS(TABLE, "table-row"))) {
        List<Element> cells = elements(row.getElementsByTagNameNS(TABLE, "table-cell"));
        for (int i = 0; i < cells.size(); i++) {
          Element cell = cells.get(i);
          String style = cell.getAttributeNS(TABLE, "style-name");
          cellStyles.computeIfAbsent(i, k -> new java.util.TreeSet<>())
              .add((style.isEmpty() ? "plain" : style) + "/" + cell.getAttributeNS(OFFICE, "value-type"));
        }
      }
      cellStyles.forEach((i, styles) -> out.append("column ").append((char) ('A' + i)).append(": ")
          .append(String.join(" ", styles)).append('\n'));
    }
    return out.toString();
  }
}
