package haul.story.check;

import haul.story.prose.FigureUnit;
import haul.story.prose.Hedge;
import haul.story.prose.ProseNumbers;
import haul.reference.AgencyType;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a claim against the facts of the release: MATCHED when a reading of its sentence gives the
 * figure by the prose rules; CONTRADICTED, with the right value, when its subject, measure and year
 * can be read and no reading fits (the fact meant is the reading nearest the figure); UNKNOWN only
 * when a part of the claim cannot be read or the release does not hold it, saying which part.
 */
final class ClaimMatcher {

  private final FactBook facts;
  private final ReferenceData reference;
  private final FinancialYear year;
  private final RightValues right;

  ClaimMatcher(FactBook facts, ReferenceData reference, FinancialYear year) {
    this.facts = facts;
    this.reference = reference;
    this.year = year;
    this.right = new RightValues(facts, year);
  }

  List<Finding> match(Reading reading) {
    Figure figure = reading.figure();
    if (reading.missing().isPresent()) {
      return List.of(unknown(reading, reading.missing().get()));
    }
    if (figure.noun().equals(Optional.of(FigureReader.FORCES_NOUN))) {
      return List.of(forces(reading));
    }
    Optional<Unit> written = figure.unit().quantityUnit();
    if (written.isPresent() && !reading.drugs().isEmpty()) {
      Set<Unit> fitting = reading.drugs().stream()
          .map(reference.drugs()::byName).flatMap(Optional::stream).map(Drug::unit).flatMap(Optional::stream)
          .collect(Collectors.toSet());
      if (!fitting.isEmpty() && !fitting.contains(written.get())) {
        return misfit(reading, fitting);
      }
    }
    return List.of(matchAs(reading, figure));
  }

  /**
   * "the 43 police forces": a number of forces is the reference data's count of territorial forces
   * (British Transport Police is a police force of its own and is named beside them).
   */
  private Finding forces(Reading reading) {
    Figure figure = reading.figure();
    long forces = reference.agencies().all().stream().filter(a -> a.type() == AgencyType.TERRITORIAL).count();
    // tables that lack forces: "the 38 police forces with figures in both years" counts those the figures hold (FactBook)
    boolean withFigures = figure.value().stripTrailingZeros().scale() <= 0 && facts.forcesWithFigures().contains(figure.value().longValue());
    boolean right = (figure.value().compareTo(BigDecimal.valueOf(forces)) == 0 || withFigures) && figure.hedge() == Hedge.NONE;
    String truth = withFigures ? figure.value().toPlainString() + " police forces have figures in these tables (the release)"
        : "England and Wales has " + forces + " territorial police forces (the reference data)";
    Claim claim = new Claim(Optional.of(haul.stats.Area.ENGLAND_AND_WALES.code()), "police_forces", Optional.empty(),
        Optional.of(year.label()), Optional.empty(), figure.value(), "count", figure.hedge().name().toLowerCase(Locale.ROOT),
        false);
    return new Finding(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED, figure.span(), Optional.empty(),
        right ? Optional.empty() : Optional.of(Long.toString(forces)), right ? truth : "the data say " + forces + ": " + truth,
        Optional.of(claim));
  }

  /** A quantity in a unit its drug is not measured in: flagged, then read in the drug's own unit. */
  private List<Finding> misfit(Reading reading, Set<Unit> fitting) {
    Figure figure = reading.figure();
    String drug = reading.drugs().stream().sorted().collect(Collectors.joining(" or ")).toLowerCase(Locale.ROOT);
    String units = fitting.stream().map(Unit::label).sorted().collect(Collectors.joining(" or "));
    if (fitting.size() != 1) {
      return List.of(wording(figure, Optional.empty(), drug + " is measured in " + units + ", not "
          + figure.unit().name().toLowerCase(Locale.ROOT)), unknown(reading, "measure: its unit does not fit its drug"));
    }
    Unit unit = fitting.iterator().next();
    FigureUnit own = unit == Unit.KG ? FigureUnit.KG : unit == Unit.DOSES ? FigureUnit.DOSES : FigureUnit.PLANTS;
    Figure reread = figure.inUnit(own);
    Finding primary = matchAs(reading.withFigure(reread), reread);
    Optional<String> rightValue = primary.fact().map(
        f -> RightValues.withDrug(ProseNumbers.format(ProseNumbers.written(RightValues.rule(unit), f.value())), f));
    List<Finding> findings = new ArrayList<>();
    findings.add(wording(figure, rightValue, drug + " is measured in " + unit.label() + ", not in the unit written"
        + rightValue.map(r -> ": write \"" + r + "\"").orElse("")));
    findings.add(primary);
    return findings;
  }

  private Finding matchAs(Reading reading, Figure figure) {
    List<Candidate> candidates = candidates(reading, figure);
    if (candidates.isEmpty()) {
      return unknown(reading, whyNoCandidate(reading));
    }
    List<Candidate> consistent = candidates.stream().filter(c -> consistent(figure, c)).toList();
    if (!consistent.isEmpty()) {
      // "158kg, up less than 1 per cent from 157kg" fits both the unchanged count of seizures and the
      // quantity's rise: the direction the words tell says which is meant.
      return consistent.stream().map(c -> directionChecked(reading, figure, c))
          .filter(f -> f.kind() == FindingKind.MATCHED).findFirst()
          .orElseGet(() -> directionChecked(reading, figure, consistent.get(0)));
    }
    String assumed = "";
    if (reading.yearOpen()) {
      // No year is said, nor one the sentence named before: a figure of the story is the release
      // year's unless its words say otherwise, so a wrong one is judged against that year (and says so).
      List<Candidate> current = candidates.stream().filter(c -> c.role() == Role.CURRENT).toList();
      if (current.isEmpty()) {
        String values = candidates.stream().map(c -> right.of(c) + " in " + c.fact().period()).distinct()
            .collect(Collectors.joining(" and "));
        return unknown(reading, "year: the words do not say which year it is for, and it is neither year's figure (the data say "
            + values + ")");
      }
      candidates = current;
      assumed = "; no year is said, so it is judged as the release year's, " + year.label() + ", and it is neither "
          + year.label() + "'s nor " + year.previous().label() + "'s figure";
    }
    Candidate target = target(figure, reading, candidates);
    // a change is said with its direction ("the data say a fall of 14 per cent"); words are replaced by words
    String said = target.role() == Role.PERCENT_CHANGE
        ? target.series().percentChange().map(RightValues::change).orElse(right.of(target)) : right.of(target);
    String rightValue = figure.isInWords() ? said : right.of(target);
    String message = "the data say " + said + " (" + target.fact().description() + ": "
        + RightValues.exact(target) + ")" + elsewhere(reading, figure, target) + assumed;
    Optional<Integer> told = reading.direction();
    Optional<Integer> actual = actualDirection(target);
    if (told.isPresent() && actual.isPresent() && told.get() != 0 && !told.get().equals(actual.get())) {
      message += "; it is told as a " + (told.get() > 0 ? "rise" : "fall") + ", but the data show " + right.direction(target);
    }
    return verdict(FindingKind.CONTRADICTED, reading, figure, target, Optional.of(rightValue), message);
  }

  /**
   * The fact a wrong figure meant, among the readings of its sentence: of the role its words make
   * likelier, the one nearest the figure in size (a swapped "from X to Y" is told by {@link
   * #elsewhere}).
   */
  private static Candidate target(Figure figure, Reading reading, List<Candidate> candidates) {
    if (figure.unit() == FigureUnit.NONE_OF) {
      return candidates.stream().filter(c -> c.series().isQuantity()).findFirst().orElse(candidates.get(0));
    }
    Role preferred = reading.roles().get(0);
    List<Candidate> ofRole = candidates.stream().filter(c -> c.role() == preferred).toList();
    List<Candidate> pool = ofRole.isEmpty() ? candidates : ofRole;
    return pool.stream().min(Comparator.comparingDouble(c -> distance(figure, c))).orElseThrow();
  }

  /** How far apart a written figure and a fact are, as the size of the log of their ratio. */
  private static double distance(Figure figure, Candidate candidate) {
    double actual = figure.unit().fromCatalogueUnit(candidate.value().abs()).doubleValue();
    double written = figure.value().doubleValue();
    if (actual <= 0 || written <= 0) {
      return actual == written ? 0 : 1e9;
    }
    return Math.abs(Math.log(written / actual));
  }

  /**
   * For a contradicted figure, the fact it does fit, when one near it does: the other year of the
   * same series ("fell from 1,837kg to 187kg" swaps the years), or England and Wales's figure told
   * for an agency.
   */
  private String elsewhere(Reading reading, Figure figure, Candidate target) {
    List<Candidate> others = new ArrayList<>();
    for (Role role : List.of(Role.CURRENT, Role.PREVIOUS)) {
      if (role != target.role() && (target.role() == Role.CURRENT || target.role() == Role.PREVIOUS)) {
        facts.candidate(target.series(), role).ifPresent(others::add);
      }
    }
    String national = haul.stats.Area.ENGLAND_AND_WALES.code();
    if (!target.fact().areaCode().equals(national) && target.role() != Role.SHARE) {
      for (Series series : facts.series(national)) {
        if (series.drug().equals(target.series().drug()) && series.unit().equals(target.series().unit())) {
          facts.candidate(series, target.role()).ifPresent(others::add);
        }
      }
    }
    return others.stream().filter(c -> consistent(figure, c)).findFirst()
        .map(c -> "; " + figure.span().text().strip() + " is " + c.fact().description()).orElse("");
  }

  private String whyNoCandidate(Reading reading) {
    if (reading.named().isPresent() && reading.areas().stream().allMatch(a -> facts.series(a).isEmpty())) {
      return "subject: the release holds no figures for the area named";
    }
    if (!reading.drugs().isEmpty()) {
      return "measure: the release holds no figure of " + reading.drugs().stream().sorted()
          .map(RightValues::drugWord).collect(Collectors.joining(" or ")) + " of that kind for "
          + String.join(" or ", reading.areas());
    }
    return "measure: haul cannot tell which fact of the release it states";
  }

  private List<Candidate> candidates(Reading reading, Figure figure) {
    List<Candidate> candidates = new ArrayList<>();
    for (String area : reading.areas()) {
      for (Role role : reading.roles()) {
        if (role == Role.SHARE) {
          if (reading.drugs().isEmpty() && !reading.shareOf().equals(Optional.of(ShareOf.QUANTITY))) {
            facts.share(area).ifPresent(candidates::add);
          } else if (reading.shareOf().isPresent()) {
            boolean quantity = reading.shareOf().get() == ShareOf.QUANTITY;
            for (String drug : reading.drugs()) {
              facts.share(area, drug, quantity).ifPresent(candidates::add);
            }
          }
          continue;
        }
        for (Series series : facts.series(area)) {
          if (fits(series, role, figure, reading)) {
            facts.candidate(series, role).ifPresent(candidates::add);
          }
        }
      }
    }
    return candidates;
  }

  private static boolean fits(Series series, Role role, Figure figure, Reading reading) {
    Set<String> drugs = reading.drugs();
    boolean drugFits = drugs.isEmpty() ? series.drug().isEmpty() : series.drug().map(drugs::contains).orElse(false);
    if (!drugFits) {
      return false;
    }
    // "cocaine seizures doubled" is the count's multiple, "the amount of cocaine doubled" the quantity's
    boolean measureFits = series.drug().isEmpty() || reading.countWord().isEmpty()
        || reading.countWord().get() == (series.isQuantity() ? ShareOf.QUANTITY : ShareOf.SEIZURES);
    return switch (figure.unit()) {
      case COUNT -> !series.isQuantity();
      case KG, GRAMS, TONNES, DOSES, PLANTS -> series.unit().equals(figure.unit().quantityUnit());
      case PER_CENT -> role == Role.PERCENT_CHANGE && measureFits;
      case TIMES -> role == Role.MULTIPLE && measureFits;
      case NONE_OF -> true;
    };
  }

  static boolean consistent(Figure figure, Candidate candidate) {
    if (figure.unit() == FigureUnit.NONE_OF || figure.saysNone()) {
      return candidate.value().signum() == 0;
    }
    if (figure.isInWords()) {
      // "more than halved", "up by a fifth": the rule book's bounds on the change judge the words
      return candidate.role() == Role.PERCENT_CHANGE && figure.inWords().orElseThrow().fits(candidate.value());
    }
    return ProseNumbers.consistent(figure.value(), figure.hedge(), figure.unit(), candidate.value(), candidate.rule());
  }

  private static Optional<Integer> actualDirection(Candidate candidate) {
    return switch (candidate.role()) {
      case PERCENT_CHANGE -> Optional.of(candidate.value().signum());
      case MULTIPLE -> Optional.of(candidate.value().compareTo(BigDecimal.ONE));
      case PREVIOUS, CURRENT -> candidate.series().direction();
      case SHARE -> Optional.empty();
    };
  }

  /** A matched figure whose words tell a rise as a fall (or the reverse) contradicts the data. */
  private Finding directionChecked(Reading reading, Figure figure, Candidate candidate) {
    Optional<Integer> told = reading.direction();
    Optional<Integer> actual = actualDirection(candidate);
    if (told.isPresent() && told.get() != 0 && actual.isPresent() && !told.get().equals(actual.get())) {
      String rightValue = right.direction(candidate);
      return verdict(FindingKind.CONTRADICTED, reading, figure, candidate, Optional.of(rightValue),
          "told as a " + (told.get() > 0 ? "rise" : "fall") + ", but the data show " + rightValue);
    }
    return verdict(FindingKind.MATCHED, reading, figure, candidate, Optional.empty(),
        candidate.fact().description() + ": " + RightValues.exact(candidate));
  }

  private Finding verdict(
      FindingKind kind, Reading reading, Figure figure, Candidate candidate, Optional<String> rightValue, String message) {
    return new Finding(kind, figure.span(), Optional.of(candidate.fact()), rightValue, message,
        Optional.of(ClaimParts.of(reading, Optional.of(candidate.fact()), year)));
  }

  private Finding unknown(Reading reading, String why) {
    return new Finding(FindingKind.UNKNOWN, reading.figure().span(), Optional.empty(), Optional.empty(), why,
        Optional.of(ClaimParts.of(reading, Optional.empty(), year)));
  }

  private static Finding wording(Figure figure, Optional<String> right, String message) {
    return new Finding(FindingKind.WORDING, figure.span(), Optional.empty(), right, message);
  }
}
