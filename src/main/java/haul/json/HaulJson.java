package haul.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON configuration of haul: every file, report and API answer haul writes uses this
 * mapper and this layout, so two outputs never differ in how a decimal or a key is written.
 * Decimals are written as plain digits (never {@code 1E+1}); documents are laid out with two-space
 * indents, one array element per line and {@code "key": value}, the layout of DESIGN.md.
 */
public final class HaulJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriter DOCUMENT = MAPPER.writer(LAYOUT);

  private HaulJson() {}

  /** The configured mapper, for reading and for compact answers (the API's bodies). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new empty object to build a document in. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A value as a laid-out document, ending with a newline (files, sidecars, CLI reports). */
  public static String document(Object value) {
    try {
      return DOCUMENT.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A value on one line, no trailing newline (API bodies, log lines). */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
