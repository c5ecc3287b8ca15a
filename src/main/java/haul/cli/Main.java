package haul.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code haul} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs haul as the command line would, writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(out, err);
    return commandLine.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new HaulCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println("haul: " + ex.getMessage());
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCode.USAGE;
        });
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    return commandLine;
  }
}
