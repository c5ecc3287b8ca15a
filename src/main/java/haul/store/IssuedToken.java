package haul.store;

/**
 * A token just created: the secret is shown to its holder once, here, and is never stored.
 *
 * @param secret the bearer token, 32 random bytes in unpadded base64url (43 characters)
 */
public record IssuedToken(TokenInfo info, String secret) {

  @Override
  public String toString() {
    return "IssuedToken[" + info + ", secret hidden]";
  }
}
