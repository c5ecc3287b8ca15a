package haul.store;

/** A restore refused before it changed anything: the store is not empty, or the folder is no export it can read. */
public final class RestoreRefusedException extends StoreException {

  public RestoreRefusedException(String message) {
    super(message);
  }
}
