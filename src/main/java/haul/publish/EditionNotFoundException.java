package haul.publish;

/** No edition has the year and number asked for (exit 1; 404 on the API). */
public final class EditionNotFoundException extends PublishException {

  public EditionNotFoundException(String message) {
    super(message);
  }
}
