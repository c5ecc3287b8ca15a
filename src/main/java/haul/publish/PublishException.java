package haul.publish;

/** A publication that cannot be made, for a reason the user can fix (nothing held for the year). */
public final class PublishException extends RuntimeException {

  public PublishException(String message) {
    super(message);
  }
}
