package haul.store;

/**
 * Revoking the one admin token still in force is refused: nobody could then publish, issue tokens
 * or revoke them over the API while {@code haul serve} holds the store. Issue another admin token
 * first.
 */
public final class LastAdminTokenException extends StoreException {

  public LastAdminTokenException(long id) {
    super("token " + id + " is the last admin token in force: revoking it would lock every admin out;"
        + " issue another admin token first (haul token create --admin)");
  }
}
