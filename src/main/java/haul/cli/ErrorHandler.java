package haul.cli;

import haul.store.LastAdminTokenException;
import haul.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages and exit codes. A user never sees a stack trace unless
 * they ask for one with {@code HAUL_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    if (e instanceof UserError userError) {
      err.println("haul: " + userError.getMessage());
      return userError.exitCode();
    }
    if (e instanceof LastAdminTokenException) {
      err.println("haul: " + e.getMessage());
      return ExitCode.REJECTED;
    }
    if (e instanceof StoreException) {
      err.println("haul: " + e.getMessage());
      return ExitCode.USAGE;
    }
    err.println("haul: internal error: " + e);
    if ("1".equals(System.getenv("HAUL_DEBUG"))) {
      e.printStackTrace(err);
    } else {
      err.println("haul: run again with HAUL_DEBUG=1 for the stack trace, and report it");
    }
    err.flush();
    return ExitCode.USAGE;
  }
}
