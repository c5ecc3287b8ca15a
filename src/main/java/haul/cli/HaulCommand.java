package haul.cli;

import picocli.CommandLine.Command;

/** The top-level {@code haul} command: lists its subcommands. */
@Command(
    name = "haul",
    mixinStandardHelpOptions = true,
    version = "haul 0.1.0",
    description = "Drug-seizure statistics: returns to official tables, charts, API and local news stories.",
    subcommands = {
      // The demo first (a new user's first command), then the pipeline in order.
      DemoCommand.class,
      ImportCommand.class,
      ImportTablesCommand.class,
      NotesCommand.class,
      PublishCommand.class,
      EditionCommand.class,
      StoryCommand.class,
      CheckStoryCommand.class,
      TokenCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      RestoreCommand.class,
      InfoCommand.class,
      BenchCommand.class,
    })
final class HaulCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
