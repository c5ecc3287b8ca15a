package haul.cli;

import haul.json.HaulJson;
import haul.publish.Bulletins;
import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.store.Store;
import haul.story.check.CheckReport;
import haul.story.check.JsonReport;
import haul.story.check.StoryChecker;
import haul.story.check.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code haul check-story}: every claim of a story matched against the data; exit 4 on a
 * contradiction, and with {@code --strict} 5 on a claim it could not verify.
 */
@Command(
    name = "check-story",
    mixinStandardHelpOptions = true,
    description = "Check every figure of a story (plain text or Markdown) against the data.",
    footer = {
      "",
      "Without --agency the text is read as a national one (England and Wales, regions, the police and"
          + " Border Force as wholes), such as the release's bulletin.",
      "Exit codes: 0 every claim matched or quoted (wording flags never change it); 4 a claim contradicts"
          + " the data; 5 with --strict, a claim could not be verified (4 wins over 5); 2 a text over 2 MB"
          + " or not UTF-8; 1 usage."
    })
final class CheckStoryCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Mixin StoreOption store;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "financial year, such as 2021/22")
  String year;

  @Option(
      names = "--agency",
      paramLabel = "CODE",
      description = "the agency the story is about, such as thames-valley; without it the text is national")
  String agency;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--strict", description = "fail (exit 5) when a claim cannot be verified (UNKNOWN)")
  boolean strict;

  @Parameters(paramLabel = "FILE", description = "the story to check (text or Markdown), or the bulletin's bulletin.json")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FinancialYear financialYear = CliArguments.year(year);
    refuseTooLong(file);
    String text = text(file, CliArguments.readText(file));
    try (Store opened = store.open()) {
      if (agency != null) {
        CliArguments.agency(opened, agency);
      }
      Release release = CliArguments.release(opened, financialYear);
      CheckReport report = StoryChecker.check(release, Optional.ofNullable(agency), text, opened.reference());
      String rendered = format == Format.json ? JsonReport.render(report) : TextReport.render(report);
      spec.commandLine().getOut().print(rendered.endsWith("\n") ? rendered : rendered + "\n");
      spec.commandLine().getOut().flush();
      return exitCode(report, strict);
    }
  }

  /**
   * The text to check: the file's own, or for a {@code .json} file the bulletin's text from its
   * sidecar ({@code bulletin.json}), so a published bulletin is checked as it was written.
   */
  private static String text(Path file, String content) {
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return content;
    }
    try {
      return Bulletins.markdown(HaulJson.mapper().readTree(content));
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(ExitCode.REJECTED, file + ": " + (e instanceof IllegalArgumentException ? e.getMessage()
          : "is not JSON: " + e.getMessage().lines().findFirst().orElse("")) + "; check-story reads a story or"
          + " bulletin as text or Markdown, or the bulletin's sidecar");
    }
  }

  /** 4 when a claim is contradicted, else 5 under --strict when one is unknown, else 0. */
  static int exitCode(CheckReport report, boolean strict) {
    if (report.hasContradictions()) {
      return ExitCode.CONTRADICTED;
    }
    return strict && report.hasUnknowns() ? ExitCode.UNVERIFIED : ExitCode.OK;
  }

  /** A file over the checker's limit is refused by its size, before it is read. */
  private static void refuseTooLong(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > StoryChecker.MAX_BYTES) {
        throw new UserError(ExitCode.REJECTED, file + ": is " + Files.size(file)
            + " bytes; check-story reads at most " + StoryChecker.MAX_BYTES + " bytes (2 MB): split it into stories");
      }
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, file + ": cannot be read: " + e.getMessage());
    }
  }
}
