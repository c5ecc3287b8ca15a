package haul.cli;

import haul.publish.EmbargoTime;
import haul.publish.Publication;
import haul.publish.PublishException;
import haul.publish.PublishResult;
import haul.publish.Publisher;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import haul.story.QuoteBank;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code haul publish}: the tables, workbook, charts and manifest of a year, as a new edition. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publish a year: CSV tables, an ODS workbook, charts and a manifest, kept in the store as an edition"
          + " and copied to a folder.",
      "Publishing again after the data changed makes a new edition, marking revised rows [r];"
          + " publishing unchanged data writes the latest edition again."
    })
final class PublishCommand implements Callable<Integer> {

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "Y", description = "the financial year: 2021/22 or FYE2022")
  String year;

  @Option(names = "--out", paramLabel = "DIR", description = "where to copy the files (default: out/2021-22 for 2021/22)")
  Path out;

  @Option(names = "--at", paramLabel = "TIME",
      description = "embargo until this time: 2023-04-20T09:30 (UK time) or with an offset, 2023-04-20T09:30+01:00")
  String at;

  @Option(names = "--quotes", paramLabel = "FILE",
      description = "quote bank for the stories (the format of seed-quotes.json); without it, no quotes")
  Path quotes;

  @Option(names = "--metadata", paramLabel = "FILE",
      description = "the release's metadata as JSON (title, producer, source, contact, statistics_type, release_at,"
          + " next_release, licence), kept in the store for the year; see README \"Release metadata\"")
  Path metadata;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    FinancialYear financialYear = CliArguments.year(year);
    Optional<QuoteBank> bank = CliArguments.quoteBank(quotes);
    Optional<Instant> embargo = Optional.ofNullable(at).map(text -> parseTime("--at", text));
    Path folder = out != null ? out : Path.of("out", financialYear.slug());
    try (Store opened = store.open()) {
      PublishResult result = opened.atomically(() -> {
        ReleaseMetadataOption.apply(opened, financialYear, Optional.ofNullable(metadata), clock.instant());
        return new Publisher(opened, clock).publish(financialYear, embargo, Optional.of(folder), bank);
      });
      ReleaseMetadataOption.warnIfMissing(opened, financialYear, spec.commandLine().getErr());
      var edition = result.edition();
      var output = spec.commandLine().getOut();
      output.println((result.created() ? "published " : "unchanged since ") + financialYear.label() + " edition "
          + edition.number() + (edition.publicAt().isAfter(clock.instant())
              ? ", embargoed until " + edition.publicAt().atZone(EmbargoTime.LONDON).toOffsetDateTime() : ", public"));
      output.println("data " + edition.dataFingerprint().substring(0, 12) + ", reference "
          + edition.referenceFingerprint().substring(0, 12));
      output.println(result.files().size() + " files in " + folder);
      // an agency without figures for the year gets no story (StoryWriter.writeAll): say which
      List<String> noStory = opened.reference().agencies().all().stream()
          .filter(a -> !result.files().containsKey(Publication.STORIES + a.code() + ".json")).map(Agency::fullName).toList();
      if (!noStory.isEmpty()) {
        output.println("no story for " + noStory.size() + (noStory.size() == 1 ? " agency" : " agencies")
            + " without figures for " + financialYear.label() + ": " + String.join(", ", noStory));
      }
      return ExitCode.OK;
    } catch (PublishException e) {
      throw new UserError(ExitCode.REJECTED, e.getMessage());
    }
  }

  /** A time with an offset, or a local time in Europe/London (see {@link EmbargoTime}). */
  static Instant parseTime(String option, String text) {
    try {
      return EmbargoTime.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, option + ": " + e.getMessage());
    }
  }
}
