package haul.cli;

import haul.publish.EditionNotFoundException;
import haul.publish.Embargoes;
import haul.publish.PublishException;
import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.EditionStatus;
import haul.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code haul edition list|postpone|withdraw}: a year's editions with their status now, and the two
 * changes an embargoed edition allows (see {@link Embargoes}).
 */
@Command(
    name = "edition",
    description = "List a year's editions, postpone an embargoed one, or withdraw it.",
    mixinStandardHelpOptions = true,
    subcommands = {EditionCommand.ListEditions.class, EditionCommand.Postpone.class, EditionCommand.Withdraw.class})
final class EditionCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Refusals exit 2 (nothing changed); an edition that does not exist is a usage error. */
  private static EditionRecord change(java.util.function.Supplier<EditionRecord> work) {
    try {
      return work.get();
    } catch (EditionNotFoundException e) {
      throw new UserError(ExitCode.USAGE, "--edition: " + e.getMessage());
    } catch (PublishException e) {
      throw new UserError(ExitCode.REJECTED, e.getMessage());
    }
  }

  @Command(name = "list", description = "List editions: year, number, status now, public at, made at.",
      mixinStandardHelpOptions = true)
  static final class ListEditions implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "only this financial year (default: every year)")
    String year;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Store opened = store.open()) {
        EditionRepository repository = new EditionRepository(opened);
        List<EditionRecord> all = year == null ? repository.all()
            : repository.editions(CliArguments.year(year).endYear());
        Instant now = Clock.systemUTC().instant();
        out.printf("%-8s %-7s %-11s %-23s %s%n", "year", "edition", "status", "public at", "made at");
        for (EditionRecord e : all) {
          out.printf("%-8s %-7d %-11s %-23s %s%n", new FinancialYear(e.financialYearEnd()).label(), e.number(),
              EditionStatus.of(e, all, now).label(), Embargoes.time(e.publicAt()), Embargoes.time(e.createdAt()));
        }
      }
      return ExitCode.OK;
    }
  }

  /** The edition a change is about: {@code --year Y --edition N}, the same for postpone and withdraw. */
  static final class EditionChoice {
    @Option(names = "--year", required = true, paramLabel = "Y", description = "the financial year: 2021/22")
    String year;

    @Option(names = "--edition", required = true, paramLabel = "N", description = "the edition's number")
    int edition;
  }

  @Command(name = "postpone", description = "Move an embargoed edition's time later; it is not public before then.",
      mixinStandardHelpOptions = true)
  static final class Postpone implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Mixin EditionChoice chosen;

    @Option(names = "--at", required = true, paramLabel = "TIME",
        description = "the new time: 2023-04-27T09:30 (UK time) or with an offset, 2023-04-27T09:30+01:00")
    String at;

    @Override
    public Integer call() {
      FinancialYear financialYear = CliArguments.year(chosen.year);
      Instant time = PublishCommand.parseTime("--at", at);
      try (Store opened = store.open()) {
        EditionRecord moved = change(() -> new Embargoes(opened, Clock.systemUTC()).postpone(financialYear, chosen.edition, time));
        spec.commandLine().getOut().println("postponed " + financialYear.label() + " edition " + moved.number()
            + ": embargoed until " + Embargoes.time(moved.publicAt()));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "withdraw", description = "Withdraw an embargoed edition: never public; it keeps its number.",
      mixinStandardHelpOptions = true)
  static final class Withdraw implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Mixin EditionChoice chosen;

    @Override
    public Integer call() {
      FinancialYear financialYear = CliArguments.year(chosen.year);
      try (Store opened = store.open()) {
        EditionRecord withdrawn = change(() -> new Embargoes(opened, Clock.systemUTC()).withdraw(financialYear, chosen.edition));
        spec.commandLine().getOut().println("withdrew " + financialYear.label() + " edition " + withdrawn.number()
            + ": it will not be public; the next edition of " + financialYear.label() + " is "
            + new EditionRepository(opened).nextNumber(financialYear.endYear()));
      }
      return ExitCode.OK;
    }
  }
}
