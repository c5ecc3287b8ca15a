package haul.cli;

import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import haul.story.QuoteBank;
import haul.story.Story;
import haul.story.StoryText;
import haul.story.StoryWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code haul story}: one agency's local news story for a year, from the store. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Print one agency's local news story for a financial year.")
final class StoryCommand implements Callable<Integer> {

  enum Format {
    md,
    html,
    json
  }

  @Mixin StoreOption store;

  @Mixin AgencyYearOptions subject;

  @Option(names = "--quotes", paramLabel = "FILE", description = "quote bank (the format of seed-quotes.json); without it, no quotes")
  Path quotes;

  @Option(names = "--format", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FinancialYear financialYear = subject.year();
    Optional<QuoteBank> bank = CliArguments.quoteBank(quotes);
    try (Store opened = store.open()) {
      String agency = subject.agency(opened);
      Release release = CliArguments.release(opened, financialYear);
      Story story = new StoryWriter().labelled(new ReleaseMetadataRepository(opened).find(financialYear.endYear()))
          .write(release, agency, bank, CliArguments.latestEdition(opened, financialYear));
      String text =
          switch (format) {
            case md -> StoryText.toMarkdown(story);
            case html -> StoryText.toHtml(story);
            case json -> StoryText.toJson(story);
          };
      spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }
}
