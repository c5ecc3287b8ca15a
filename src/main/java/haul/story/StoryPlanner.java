package haul.story;

import haul.stats.Change;
import haul.stats.RegionShare;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The plan stage: which of the gathered facts a story tells, in which paragraph. */
final class StoryPlanner {

  /** Text of a reported statement outside the speaker's own (double-quoted) words. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final StoryRules rules;

  StoryPlanner(StoryRules rules) {
    this.rules = rules;
  }

  StoryPlan plan(StoryFacts facts, Optional<QuoteBank> quotes) {
    List<StoryPlan.Section> sections = new ArrayList<>();
    List<StoryPlan.Warning> warnings = new ArrayList<>();
    Change seizures = facts.seizures();

    sections.add(new StoryPlan.Lede(seizures));
    if (!facts.agencyNotes().isEmpty()) {
      sections.add(new StoryPlan.AgencyNotes(facts.agencyNotes()));
    }
    sections.add(new StoryPlan.NationalPicture(facts.national(), sameDirection(seizures, facts.national()), facts.releaseNotes()));

    List<DrugComparison> chosen =
        facts.nationalDrugs().stream()
            .filter(c -> c.score() > 0)
            .limit(rules.nationalDrugs().tellAtMost())
            .map(DrugCandidate::comparison)
            .toList();
    if (!chosen.isEmpty()) {
      sections.add(new StoryPlan.NationalDrugs(chosen));
      if (facts.hasReturn()) {
        List<DrugComparison> local =
            chosen.stream()
                .map(n -> facts.localDrug(n.drug()).orElseGet(() -> notAvailable(facts.agency().code(), n)))
                .toList();
        List<String> told = chosen.stream().map(DrugComparison::drug).toList();
        List<DrugComparison> notable =
            facts.agency().isNational()
                ? List.of()
                : StoryFacts.score(
                        facts.localDrugs().stream().filter(c -> !told.contains(c.drug())).toList(), rules.localDrugs().rules())
                    .stream()
                    .filter(c -> c.score() > 0)
                    .limit(rules.localDrugs().tellAtMost())
                    .map(DrugCandidate::comparison)
                    .toList();
        sections.add(new StoryPlan.LocalDrugs(local, chosen, facts.agency().isNational(), notable));
      }
    }

    if (facts.agency().isNational()) {
      facts.nationalAgencies().stream()
          .filter(s -> s.agency().equals(facts.agency()) && s.percent().isPresent())
          .findFirst()
          .ifPresent(s -> sections.add(new StoryPlan.NationalShare(s)));
    } else if (!facts.shares().isEmpty()) {
      List<RegionShare> largest = facts.shares().stream().limit(rules.regions().largest()).toList();
      String region = facts.agency().region().orElseThrow();
      Optional<RegionShare> own =
          largest.stream().anyMatch(s -> s.region().name().equals(region))
              ? Optional.empty()
              : facts.shares().stream().filter(s -> s.region().name().equals(region)).findFirst();
      List<AgencyShare> national =
          facts.nationalAgencies().stream()
              .filter(s -> s.percent().map(p -> p.compareTo(rules.regions().nationalAgencyMinShare()) >= 0).orElse(false))
              .toList();
      sections.add(new StoryPlan.RegionalShares(largest, own, national));
    }

    quotes.ifPresent(bank -> planQuotes(bank, facts, sections, warnings));

    if (!facts.hasReturn()) {
      warnings.add(0, new StoryPlan.MissingReturn());
    } else if (!seizures.previous().isAvailable()) {
      warnings.add(0, new StoryPlan.NoPreviousYear());
    } else if (isArtefact(seizures)) {
      warnings.add(0, new StoryPlan.CountArtefact(seizures));
    }
    facts.agencyNotes().forEach(n -> warnings.add(new StoryPlan.NoteApplies(n)));
    return new StoryPlan(facts.agency(), seizures, sections, warnings);
  }

  private void planQuotes(QuoteBank bank, StoryFacts facts, List<StoryPlan.Section> sections, List<StoryPlan.Warning> warnings) {
    if (bank.release().isPresent() && !bank.release().get().equals(facts.year().label())) {
      warnings.add(new StoryPlan.QuotesForAnotherRelease(bank.release().get()));
      return;
    }
    if (!bank.reportedStatements().isEmpty()) {
      sections.add(new StoryPlan.ReportedStatements(bank.reportedStatements()));
      for (QuoteBank.ReportedStatement statement : bank.reportedStatements()) {
        if (DIGIT.matcher(QUOTED.matcher(statement.text()).replaceAll("")).find()) {
          warnings.add(new StoryPlan.FigureInReportedStatement(statement));
        }
      }
    }
    if (!bank.quotes().isEmpty()) {
      sections.add(new StoryPlan.Quotes(bank.quotes()));
    }
  }

  /** A count that more than halved, or at least doubled (from 0 to anything counts as doubling). */
  private boolean isArtefact(Change seizures) {
    long previous = seizures.previous().get();
    long current = seizures.current().get();
    if (previous == 0) {
      return current > 0;
    }
    BigDecimal ratio = BigDecimal.valueOf(current).divide(BigDecimal.valueOf(previous), MathContext.DECIMAL64);
    return ratio.compareTo(rules.warnings().countRatioBelow()) < 0 || ratio.compareTo(rules.warnings().countRatioFrom()) >= 0;
  }

  private static boolean sameDirection(Change local, Change national) {
    if (local.change().isEmpty() || national.change().isEmpty()) {
      return false;
    }
    long a = Long.signum(local.change().getAsLong());
    return a != 0 && a == Long.signum(national.change().getAsLong());
  }

  private static DrugComparison notAvailable(String area, DrugComparison national) {
    return new DrugComparison(
        area, national.drug(), national.drugClass(), national.unit(), Optional.empty(), Optional.empty(), haul.stats.Count.notAvailable());
  }
}
