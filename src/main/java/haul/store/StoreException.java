package haul.store;

/**
 * A store problem a user can act on (the file is locked by another process, the schema is newer
 * than this build): the message is written for them and is printed without a stack trace.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
