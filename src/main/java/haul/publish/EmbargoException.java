package haul.publish;

/**
 * A publish, postponement or withdrawal refused because it would break an embargo, or because the
 * edition is no longer embargoed; the message names the edition in the way and its time. The
 * command line exits 2, the API answers 409. Nothing was changed.
 */
public final class EmbargoException extends PublishException {

  public EmbargoException(String message) {
    super(message);
  }
}
