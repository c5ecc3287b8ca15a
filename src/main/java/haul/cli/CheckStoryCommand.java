package haul.cli;

import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.store.Store;
import haul.story.check.CheckReport;
import haul.story.check.JsonReport;
import haul.story.check.StoryChecker;
import haul.story.check.TextReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code haul check-story}: every figure of a story matched against the data; exit 4 on a contradiction. */
@Command(
    name = "check-story",
    mixinStandardHelpOptions = true,
    description = "Check every figure of a story (plain text or Markdown) against the data.")
final class CheckStoryCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Mixin StoreOption store;

  @Mixin AgencyYearOptions subject;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(paramLabel = "FILE", description = "the story to check")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FinancialYear financialYear = subject.year();
    String text = CliArguments.readText(file);
    try (Store opened = store.open()) {
      String agency = subject.agency(opened);
      Release release = CliArguments.release(opened, financialYear);
      CheckReport report = StoryChecker.check(release, agency, text, opened.reference());
      String rendered = format == Format.json ? JsonReport.render(report) : TextReport.render(report);
      spec.commandLine().getOut().print(rendered.endsWith("\n") ? rendered : rendered + "\n");
      spec.commandLine().getOut().flush();
      return report.hasContradictions() ? ExitCode.CONTRADICTED : ExitCode.OK;
    }
  }
}
