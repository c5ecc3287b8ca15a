package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Golden files under {@code src/test/resources/golden/}. Run with {@code -Dhaul.golden.update=true}
 * to rewrite them from the current output, then read every changed file before committing it.
 */
final class Golden {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  private static boolean updating() {
    return Boolean.getBoolean("haul.golden.update");
  }

  /** Compares bytes exactly (CSV tables). */
  static void assertBytes(String name, byte[] actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.write(file, actual);
    }
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("golden file %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Compares XML as XML: the golden file is kept indented, so whitespace between elements is ignored. */
  static void assertXml(String name, byte[] actual) throws Exception {
    Path file = ROOT.resolve(name);
    String indented = indent(parse(actual));
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, indented, StandardCharsets.UTF_8);
    }
    assertThat(indented).as("golden file %s", file).isEqualTo(indent(parse(Files.readAllBytes(file))));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    strip(document.getDocumentElement());
    return document;
  }

  private static void strip(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
        node.removeChild(child);
      } else {
        strip(child);
      }
      child = next;
    }
  }

  private static String indent(Document document) throws Exception {
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
    StringWriter text = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(text));
    return text.toString();
  }
}
