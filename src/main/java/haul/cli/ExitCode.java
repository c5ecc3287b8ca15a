package haul.cli;

/** haul's exit codes (DESIGN.md "Command line"). */
public final class ExitCode {

  /** Done. */
  public static final int OK = 0;

  /** Usage or internal error. */
  public static final int USAGE = 1;

  /** Input rejected and nothing changed. */
  public static final int REJECTED = 2;

  /** Loaded, with rejected rows kept aside. */
  public static final int PARTIAL = 3;

  /** check-story found a figure that contradicts the data. */
  public static final int CONTRADICTED = 4;

  /** check-story {@code --strict} found a claim it could not verify (and none contradicted). */
  public static final int UNVERIFIED = 5;

  private ExitCode() {}
}
