package haul.server;

/**
 * A request the server refuses, with the HTTP status and the message its JSON error body carries.
 * Thrown from handlers; {@link ErrorResponses} turns it into {@code {"status": ..., "error": ...}}.
 */
final class ApiError extends RuntimeException {

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError unauthorized(String message) {
    return new ApiError(401, message);
  }

  static ApiError forbidden(String message) {
    return new ApiError(403, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  static ApiError unsupportedMediaType(String message) {
    return new ApiError(415, message);
  }
}
