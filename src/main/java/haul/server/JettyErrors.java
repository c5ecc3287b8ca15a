package haul.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (an ambiguous path such as
 * {@code /a/../../b}, a malformed request line, a body over the server's size limit): JSON like every other refusal, not Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    String message = switch (status) {
      case 400 -> "bad request: the path or request is malformed";
      case 413 -> "the body is too large (at most " + RequestBodies.size(HaulServer.MAX_BODY_BYTES) + ")";
      default -> "error " + status;
    };
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(Json.error(status, message)), callback);
    return true;
  }
}
