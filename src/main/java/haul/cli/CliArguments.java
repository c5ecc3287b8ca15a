package haul.cli;

import haul.reference.FinancialYear;
import haul.stats.Release;
import haul.stats.Statistics;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.Store;
import haul.story.QuoteBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the arguments several commands share, turning a bad one into a one-line {@link UserError}. */
final class CliArguments {

  private CliArguments() {}

  static FinancialYear year(String text) {
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      // A year of the right form out of FinancialYear's range says only the number: name the input.
      String message = e.getMessage();
      throw new UserError(ExitCode.USAGE, "--year: " + (message.startsWith("'") ? message
          : "'" + text + "' is outside the financial years haul can hold (" + message + ")"));
    }
  }

  static void agency(Store store, String code) {
    if (store.reference().agencies().byCode(code).isEmpty()) {
      throw new UserError(
          ExitCode.USAGE,
          "--agency: '" + code + "' is not an agency code (codes look like thames-valley; see agencies.csv)");
    }
  }

  static Optional<QuoteBank> quoteBank(Path file) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError(ExitCode.USAGE, "--quotes: " + file + ": no such file");
    }
    try {
      return Optional.of(QuoteBank.read(file));
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.REJECTED, "--quotes: " + e.getMessage());
    }
  }

  /** The number of the year's latest edition, or 0 when the year has not been published. */
  static int latestEdition(Store store, FinancialYear year) {
    return new EditionRepository(store).latest(year.endYear()).map(EditionRecord::number).orElse(0);
  }

  /**
   * The release of a year the store holds; a year with no returns and no published tables is
   * refused rather than written up as "not available" everywhere.
   */
  static Release release(Store store, FinancialYear year) {
    Statistics statistics = new Statistics(store);
    List<FinancialYear> held = statistics.yearsHeld();
    if (!held.contains(year)) {
      throw new UserError(ExitCode.USAGE, "--year: no returns or published tables are held for " + year.label()
          + (held.isEmpty() ? "; the store is empty" : "; years held: "
              + held.stream().map(FinancialYear::label).collect(java.util.stream.Collectors.joining(", "))));
    }
    return statistics.release(year);
  }

  static String readText(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(ExitCode.USAGE, file + ": no such file");
    }
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UserError(ExitCode.REJECTED, file + ": is not UTF-8 text");
    } catch (java.io.IOException e) {
      throw new UserError(ExitCode.USAGE, file + ": cannot be read: " + e.getMessage());
    }
  }
}
