package haul.publish;

/**
 * A publication (or a change to an edition) that cannot be made, for a reason the user can fix:
 * nothing held for the year, an output folder that cannot be written. Nothing was changed.
 */
public class PublishException extends RuntimeException {

  public PublishException(String message) {
    super(message);
  }
}
