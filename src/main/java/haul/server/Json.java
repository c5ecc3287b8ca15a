package haul.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.json.HaulJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server's one JSON mapper: field order as built, no pretty printing. */
final class Json {

  static final ObjectMapper MAPPER = HaulJson.mapper();

  private Json() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** The error body of every refused request. */
  static byte[] error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    return bytes(body);
  }
}
