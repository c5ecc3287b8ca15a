package haul.story.check;

import haul.reference.Drug;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.Release;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One story checked against one release: reads each sentence's figures and their cues, and matches them. */
final class StoryCheck {

  private static final Pattern INCLUDED_AREA =
      Pattern.compile("(?i)(?:(?:which|that) includes?|including)\\s+(?:the\\s+)?$");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern SEIZURE_WORD = Pattern.compile("(?i)seiz");

  private final Release release;
  private final String agencyCode;
  private final ReferenceData reference;
  private final Lexicon lexicon;
  private final FigureReader reader;
  private final FactBook facts;

  StoryCheck(Release release, String agencyCode, ReferenceData reference) {
    this.release = release;
    this.agencyCode = agencyCode;
    this.reference = reference;
    this.lexicon = new Lexicon(reference, agencyCode);
    this.reader = new FigureReader(lexicon);
    this.facts = new FactBook(release, reference);
  }

  CheckReport run(String text) {
    StoryText story = StoryText.read(text);
    List<Finding> findings = new ArrayList<>();
    for (Quotation quotation : story.quotations()) {
      findings.add(
          new Finding(
              FindingKind.QUOTED,
              new Span(quotation.start(), quotation.end(), quotation.paragraph(),
                  text.substring(quotation.start(), quotation.end())),
              Optional.empty(), Optional.empty(), "quoted: the speaker's words, not checked as the story's claim"));
    }
    for (Paragraph paragraph : story.paragraphs()) {
      findings.addAll(WordingRules.check(paragraph, release.year()));
      List<Figure> figures = reader.read(paragraph);
      List<String> carried = List.of();
      for (int[] sentence : sentences(paragraph.unquoted())) {
        List<Figure> inSentence =
            figures.stream()
                .filter(f -> f.start() - paragraph.start() >= sentence[0] && f.start() - paragraph.start() < sentence[1])
                .toList();
        Sentence read = new Sentence(paragraph, sentence[0], sentence[1], inSentence, carried);
        if (!inSentence.isEmpty()) {
          read.check(findings);
        }
        carried = read.areaAtEnd();
      }
    }
    return new CheckReport(agencyCode, release.year(), findings);
  }

  /** Sentences end at a full stop, question or exclamation mark followed by space. */
  private static List<int[]> sentences(String text) {
    List<int[]> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      sentences.add(new int[] {start, end.start()});
      start = end.end();
    }
    if (start < text.length()) {
      sentences.add(new int[] {start, text.length()});
    }
    return sentences;
  }

  /**
   * What a figure's words say it is, before it is matched.
   *
   * @param areas the area named nearest it, or (none named) the story's agency and England and Wales
   * @param roles the facts it may state, the likelier first
   * @param direction the way its words say a change went: 1 a rise, -1 a fall
   * @param unknownBecause why it cannot be tied to any fact, found before matching
   * @param shareOf for a per cent its words make a share ("of all cocaine seized"), what it is a
   *     share of: the seizures or the quantity of its drugs, or of all seizures when none is named
   */
  private record Reading(
      Figure figure, List<String> areas, Set<String> drugs, List<Role> roles,
      Optional<Integer> direction, Optional<String> unknownBecause, Optional<ShareOf> shareOf) {}

  /** What a share, its words read, is a share of. */
  private enum ShareOf {
    SEIZURES,
    QUANTITY
  }

  /** The figures of one sentence and the names around them. */
  private final class Sentence {
    private final Paragraph paragraph;
    private final int start;
    private final int end;
    private final List<Figure> figures;
    private final List<Mention> areas;
    private final List<Mention> drugs;
    /**
     * The area the paragraph's sentences before it were about: "More cocaine was seized across England
     * and Wales: .... More ketamine was also seized: 1,837kg" is England and Wales's ketamine.
     */
    private final List<String> carried;
    /** The roles of figures read so far: true when a figure had that role alone ("from X"). */
    private final Map<Role, Boolean> rolesSeen = new EnumMap<>(Role.class);

    Sentence(Paragraph paragraph, int start, int end, List<Figure> figures, List<String> carried) {
      this.carried = carried;
      this.paragraph = paragraph;
      this.start = start;
      this.end = end;
      this.figures = figures;
      String words = paragraph.unquoted().substring(start, end);
      int offset = paragraph.start() + start;
      // "police forces in the North East, which includes Northumbria, made 5 per cent": an area in
      // such a clause describes another; the figure belongs to the one the clause hangs on. And in
      // "91 per cent of all cocaine seized in England and Wales" England and Wales is the share's
      // whole, not the area of any figure.
      this.areas = lexicon.areas(words, offset).stream()
          .filter(m -> !INCLUDED_AREA.matcher(words.substring(0, Math.max(0, m.start() - offset))).find())
          .filter(m -> !isDenominator(m))
          .toList();
      this.drugs = lexicon.drugs(words, paragraph.start() + start);
    }

    /** The area named last in this sentence, or the one it carried when it names none. */
    List<String> areaAtEnd() {
      return areas.isEmpty() ? carried : List.copyOf(areas.get(areas.size() - 1).codes());
    }

    private boolean isDenominator(Mention area) {
      if (!area.codes().contains(Area.ENGLAND_AND_WALES.code())) {
        return false;
      }
      return figures.stream()
          .filter(f -> f.unit() == FigureUnit.PER_CENT && f.end() <= area.start())
          .reduce((first, second) -> second)
          .map(f -> Cues.denominatorBefore(
              paragraph.unquoted().substring(f.end() - paragraph.start(), area.start() - paragraph.start())))
          .orElse(false);
    }

    void check(List<Finding> findings) {
      Reading previous = null;
      for (int i = 0; i < figures.size(); i++) {
        Reading reading = read(i, previous);
        reading.roles().forEach(r -> rolesSeen.put(r, reading.roles().size() == 1));
        findings.addAll(match(reading));
        previous = reading;
      }
    }

    private String before(int i) {
      int from = i == 0 ? start : figures.get(i - 1).end() - paragraph.start();
      return paragraph.unquoted().substring(from, Math.max(from, figures.get(i).start() - paragraph.start()));
    }

    private String after(int i) {
      int to = i == figures.size() - 1 ? end : figures.get(i + 1).start() - paragraph.start();
      int from = figures.get(i).end() - paragraph.start();
      return paragraph.unquoted().substring(Math.min(from, to), to);
    }

    private Reading read(int i, Reading previous) {
      Figure figure = figures.get(i);
      String before = before(i);
      String after = after(i);
      Optional<String> unknownBecause = Optional.empty();

      Set<String> named = figure.drugs();
      switch (figure.unit()) {
        case COUNT -> {
          if (named.isEmpty() && figure.noun().isEmpty() && previous != null
              && previous.figure().unit() == FigureUnit.COUNT) {
            named = previous.drugs();
          } else if (figure.noun().isPresent() && !figure.noun().get().equals("seizures")) {
            unknownBecause = Optional.of("haul cannot tell what it counts (\"" + figure.noun().get() + "\")");
          } else if (figure.noun().isEmpty() && !SEIZURE_WORD.matcher(paragraph.unquoted().substring(start, end)).find()) {
            unknownBecause = Optional.of("haul cannot tell what it counts");
          } else if (named.isEmpty() && figure.noun().isEmpty()) {
            // "Seizures of cocaine rose from 19,726": the count is of the drug named before it
            named = drugs.stream().filter(d -> d.end() <= figure.start())
                .reduce((first, second) -> second).map(Mention::codes).orElse(Set.of());
          }
        }
        case KG, GRAMS, TONNES, DOSES, PLANTS -> {
          if (named.isEmpty()) {
            named = nearestDrug(figure).orElse(figure.unit() == FigureUnit.PLANTS ? Set.of("Cannabis plants") : Set.of());
          }
          if (named.isEmpty()) {
            unknownBecause = Optional.of("no drug is named for this quantity");
          }
        }
        case PER_CENT, TIMES -> {
          int from = figure.start() - before.length();
          int to = figure.end() + after.length();
          named =
              drugs.stream().filter(d -> d.start() >= from && d.end() <= to).findFirst().map(Mention::codes)
                  .orElse(previous == null ? Set.of() : previous.drugs());
        }
        case NONE_OF -> { }
      }

      List<Role> roles = new ArrayList<>();
      Optional<Integer> direction = Optional.empty();
      Optional<ShareOf> shareOf = Optional.empty();
      Optional<Cues.Located<Cues.Whole>> shareCue =
          figure.unit() == FigureUnit.PER_CENT ? Cues.shareOf(after) : Optional.empty();
      if (shareCue.isPresent()) {
        Cues.Located<Cues.Whole> cue = shareCue.get();
        switch (cue.value()) {
          case TOTAL -> {
            // "1,672kg of ketamine (91 per cent of the total)": the total of what the figure before it counts
            if (previous != null && previous.figure().unit() != FigureUnit.PER_CENT
                && previous.figure().unit() != FigureUnit.TIMES && previous.figure().unit() != FigureUnit.NONE_OF) {
              shareOf = Optional.of(previous.figure().unit() == FigureUnit.COUNT ? ShareOf.SEIZURES : ShareOf.QUANTITY);
              named = previous.drugs();
            }
          }
          case SEIZURES, SEIZED -> {
            int from = figure.end() + cue.start();
            int to = figure.end() + cue.end();
            named = drugs.stream().filter(d -> d.start() >= from && d.end() <= to).findFirst().map(Mention::codes)
                .orElse(Set.of());
            // "of all drugs seized" names no drug: its whole is all seizures, as the tables count them
            shareOf = Optional.of(cue.value() == Cues.Whole.SEIZED && !named.isEmpty() ? ShareOf.QUANTITY : ShareOf.SEIZURES);
          }
        }
      }
      switch (figure.unit()) {
        case TIMES -> roles.add(Role.MULTIPLE);
        case PER_CENT -> {
          if (shareOf.isPresent()) {
            roles.add(Role.SHARE); // "of all ... seized" says what it is: no change is meant
          } else {
            direction = figure.negative() ? Optional.of(-1) : Cues.lastDirection(before).or(() -> Cues.directionAfter(after));
            if (direction.isPresent()) {
              roles.addAll(List.of(Role.PERCENT_CHANGE, Role.SHARE));
            } else {
              roles.addAll(List.of(Role.SHARE, Role.PERCENT_CHANGE));
            }
          }
        }
        default -> {
          Optional<Cues.Period> period = period(before, after);
          Optional<Integer> verbTo = Cues.verbTo(before);
          // "from X" and "to Y" say which year a figure is for, unless the words after it name a year
          // the release does not hold ("from 1,608 in 2019").
          Optional<Cues.Period> yearNamed =
              Cues.endsWithFrom(before) || Cues.endsWithTo(before)
                  ? Cues.period(after, release.year(), false).map(Cues.Located::value)
                  : period;
          if (yearNamed.isPresent() && yearNamed.get() == Cues.Period.OTHER) {
            unknownBecause = Optional.of(
                "the year it is for is not in the release, which holds " + release.year().previous().label()
                    + " and " + release.year().label());
          } else if (Cues.endsWithFrom(before)) {
            roles.add(Role.PREVIOUS);
            direction = Cues.lastDirection(before);
          } else if (verbTo.isPresent()) {
            roles.add(Role.CURRENT);
            direction = verbTo;
          } else if (Cues.endsWithTo(before) && Boolean.TRUE.equals(rolesSeen.get(Role.PREVIOUS))) {
            roles.add(Role.CURRENT);
          } else if (period.isEmpty()) {
            roles.addAll(List.of(Role.CURRENT, Role.PREVIOUS));
          } else {
            roles.add(period.get() == Cues.Period.CURRENT ? Role.CURRENT : Role.PREVIOUS);
          }
        }
      }

      boolean share = !roles.isEmpty() && roles.get(0) == Role.SHARE;
      Optional<Mention> area = nearestArea(figure, share);
      // No area named: the one the paragraph is about first, then the story's agency and England and Wales
      List<String> unnamed =
          Stream.concat(carried.stream(), Stream.of(agencyCode, Area.ENGLAND_AND_WALES.code())).distinct().toList();
      List<String> areaCodes = area.map(m -> List.copyOf(m.codes())).orElse(unnamed);
      return new Reading(figure, areaCodes, named, roles, direction, unknownBecause, shareOf);
    }

    /** The year named nearest the figure, in the words since the last figure or up to the next. */
    private Optional<Cues.Period> period(String before, String after) {
      Optional<Cues.Located<Cues.Period>> last = Cues.period(before, release.year(), true);
      Optional<Cues.Located<Cues.Period>> next = Cues.period(after, release.year(), false);
      if (last.isPresent() && next.isPresent()) {
        return Optional.of(
            before.length() - last.get().end() <= next.get().start() ? last.get().value() : next.get().value());
      }
      return last.or(() -> next).map(Cues.Located::value);
    }

    private Optional<Set<String>> nearestDrug(Figure figure) {
      return drugs.stream()
          .filter(d -> figures.stream().noneMatch(f -> f.unit() == FigureUnit.NONE_OF && f.start() <= d.start() && d.end() <= f.end()))
          .min(Comparator.comparingInt(d -> d.distanceTo(figure.start(), figure.end())))
          .map(Mention::codes);
    }

    /** The nearest area named; for a share, the nearest that is not England and Wales (the denominator). */
    private Optional<Mention> nearestArea(Figure figure, boolean share) {
      return areas.stream()
          .filter(m -> !share || !m.codes().contains(Area.ENGLAND_AND_WALES.code()))
          .min(Comparator.comparingInt(m -> m.distanceTo(figure.start(), figure.end())));
    }
  }

  private List<Finding> match(Reading reading) {
    Figure figure = reading.figure();
    if (reading.unknownBecause().isPresent()) {
      return List.of(unknown(figure, reading.unknownBecause().get()));
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

  /** A quantity in a unit its drug is not measured in: flagged, then read in the drug's own unit. */
  private List<Finding> misfit(Reading reading, Set<Unit> fitting) {
    Figure figure = reading.figure();
    String drug = reading.drugs().stream().sorted().collect(Collectors.joining(" or ")).toLowerCase(Locale.ROOT);
    String units = fitting.stream().map(Unit::label).sorted().collect(Collectors.joining(" or "));
    if (fitting.size() != 1) {
      return List.of(wording(figure, Optional.empty(), drug + " is measured in " + units + ", not "
          + figure.unit().name().toLowerCase(Locale.ROOT)), unknown(figure, "its unit does not fit its drug"));
    }
    Unit unit = fitting.iterator().next();
    FigureUnit own = unit == Unit.KG ? FigureUnit.KG : unit == Unit.DOSES ? FigureUnit.DOSES : FigureUnit.PLANTS;
    Figure reread = new Figure(figure.span(), figure.value(), own, figure.hedge(), figure.negative(), figure.noun(), figure.drugs());
    Finding primary = matchAs(reading, reread);
    Optional<String> right = primary.fact().map(f -> withDrug(ProseNumbers.format(ProseNumbers.written(rule(unit), f.value())), f));
    List<Finding> findings = new ArrayList<>();
    findings.add(wording(figure, right, drug + " is measured in " + unit.label() + ", not in the unit written"
        + right.map(r -> ": write \"" + r + "\"").orElse("")));
    findings.add(primary);
    return findings;
  }

  private static ProseRule rule(Unit unit) {
    return switch (unit) {
      case KG -> ProseRule.KG;
      case DOSES -> ProseRule.DOSES;
      case PLANTS -> ProseRule.PLANTS;
    };
  }

  private static String withDrug(String written, Fact fact) {
    String drug = fact.drug().map(StoryCheck::drugWord).orElse("");
    if (drug.isEmpty()) {
      return written;
    }
    if (written.endsWith(" plants") && drug.endsWith("plants")) {
      return written.substring(0, written.length() - " plants".length()) + " " + drug;
    }
    return written + " of " + drug;
  }

  private static String drugWord(String drug) {
    return drug.equals("LSD") || drug.equals("GHB") ? drug : drug.toLowerCase(Locale.ROOT);
  }

  private Finding matchAs(Reading reading, Figure figure) {
    List<Candidate> candidates = candidates(reading, figure);
    if (candidates.isEmpty()) {
      return unknown(figure, "haul cannot tell which fact of the release it states");
    }
    List<Candidate> consistent = candidates.stream().filter(c -> consistent(figure, c)).toList();
    if (!consistent.isEmpty()) {
      // "158kg, up less than 1 per cent from 157kg" fits both the unchanged count of seizures and the
      // quantity's rise: the direction the words tell says which is meant.
      return consistent.stream().map(c -> directionChecked(reading, figure, c))
          .filter(f -> f.kind() == FindingKind.MATCHED).findFirst()
          .orElseGet(() -> directionChecked(reading, figure, consistent.get(0)));
    }
    Optional<Role> preferred =
        reading.roles().contains(Role.SHARE) ? Optional.of(reading.roles().get(0)) : Optional.empty();
    Optional<Candidate> target = target(figure, candidates, preferred);
    if (target.isEmpty()) {
      return unknown(
          figure,
          "haul cannot tell which fact it states; it matches none of: "
              + candidates.stream().map(c -> c.fact().description()).distinct().collect(Collectors.joining("; ")));
    }
    Candidate c = target.get();
    String right = right(c);
    return new Finding(
        FindingKind.CONTRADICTED, figure.span(), Optional.of(c.fact()), Optional.of(right),
        "the data say " + right + " (" + c.fact().description() + ": " + exact(c) + ")");
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
          if (fits(series, role, figure, reading.drugs())) {
            facts.candidate(series, role).ifPresent(candidates::add);
          }
        }
      }
    }
    return candidates;
  }

  private static boolean fits(Series series, Role role, Figure figure, Set<String> drugs) {
    boolean drugFits = drugs.isEmpty() ? series.drug().isEmpty() : series.drug().map(drugs::contains).orElse(false);
    if (!drugFits) {
      return false;
    }
    return switch (figure.unit()) {
      case COUNT -> !series.isQuantity();
      case KG, GRAMS, TONNES, DOSES, PLANTS -> series.unit().equals(figure.unit().quantityUnit());
      case PER_CENT -> role == Role.PERCENT_CHANGE;
      case TIMES -> role == Role.MULTIPLE;
      case NONE_OF -> true;
    };
  }

  private static boolean consistent(Figure figure, Candidate candidate) {
    if (figure.unit() == FigureUnit.NONE_OF) {
      return candidate.value().signum() == 0;
    }
    return ProseNumbers.consistent(figure.value(), figure.hedge(), figure.unit(), candidate.value(), candidate.rule());
  }

  /**
   * The fact a wrong figure most likely meant: the only candidate, or the only one within a factor of
   * two of the written figure (of the role its words prefer, for a per cent that may be a share or
   * a change); none when that is not clear.
   */
  private static Optional<Candidate> target(Figure figure, List<Candidate> candidates, Optional<Role> preferredRole) {
    if (figure.unit() == FigureUnit.NONE_OF) {
      return candidates.stream().filter(c -> c.series().isQuantity()).findFirst().or(() -> candidates.stream().findFirst());
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<Candidate> near = candidates.stream().filter(c -> withinFactorTwo(figure, c)).toList();
    if (near.size() == 1) {
      return Optional.of(near.get(0));
    }
    // A share and a change can both be near a per cent figure: the words chose which comes first.
    List<Candidate> preferred = near.stream().filter(c -> preferredRole.equals(Optional.of(c.role()))).toList();
    return preferred.size() == 1 ? Optional.of(preferred.get(0)) : Optional.empty();
  }

  private static boolean withinFactorTwo(Figure figure, Candidate candidate) {
    BigDecimal actual = figure.unit().fromCatalogueUnit(candidate.value().abs());
    BigDecimal written = figure.value();
    if (actual.signum() == 0 || written.signum() == 0) {
      return false;
    }
    BigDecimal two = BigDecimal.valueOf(2);
    return written.compareTo(actual.multiply(two)) <= 0 && actual.compareTo(written.multiply(two)) <= 0;
  }

  /** A matched figure whose words tell a rise as a fall (or the reverse) contradicts the data. */
  private Finding directionChecked(Reading reading, Figure figure, Candidate candidate) {
    Optional<Integer> told = reading.direction();
    Optional<Integer> actual =
        candidate.role() == Role.PERCENT_CHANGE
            ? Optional.of(candidate.value().signum())
            : candidate.role() == Role.PREVIOUS || candidate.role() == Role.CURRENT
                ? candidate.series().direction()
                : Optional.empty();
    boolean applies = candidate.role() == Role.PERCENT_CHANGE || candidate.role() == Role.PREVIOUS || candidate.role() == Role.CURRENT;
    if (applies && told.isPresent() && actual.isPresent() && !told.get().equals(actual.get())) {
      String right = directionRight(candidate);
      return new Finding(
          FindingKind.CONTRADICTED, figure.span(), Optional.of(candidate.fact()), Optional.of(right),
          "told as a " + (told.get() > 0 ? "rise" : "fall") + ", but the data show " + right);
    }
    return new Finding(
        FindingKind.MATCHED, figure.span(), Optional.of(candidate.fact()), Optional.empty(),
        candidate.fact().description() + ": " + exact(candidate));
  }

  private String directionRight(Candidate candidate) {
    Series series = candidate.series();
    if (candidate.role() == Role.PERCENT_CHANGE) {
      int sign = candidate.value().signum();
      return (sign < 0 ? "a fall of " : sign > 0 ? "a rise of " : "no change, ") + right(candidate);
    }
    int sign = series.direction().orElse(0);
    String was = facts.candidate(series, Role.PREVIOUS).map(StoryCheck::right).orElse("?");
    String now = facts.candidate(series, Role.CURRENT).map(StoryCheck::right).orElse("?");
    if (sign == 0) {
      return "no change: " + was + " in both years";
    }
    return (sign < 0 ? "a fall" : "a rise") + " from " + was + " in " + release.year().previous().label() + " to " + now
        + " in " + release.year().label();
  }

  /** The fact as prose writes it. */
  private static String right(Candidate candidate) {
    return ProseNumbers.format(ProseNumbers.written(candidate.rule(), candidate.value()));
  }

  /** The value from the data, for the message. */
  private static String exact(Candidate candidate) {
    return FigureValues.withUnit(candidate.fact());
  }

  private static Finding unknown(Figure figure, String why) {
    return new Finding(FindingKind.UNKNOWN, figure.span(), Optional.empty(), Optional.empty(), why);
  }

  private static Finding wording(Figure figure, Optional<String> right, String message) {
    return new Finding(FindingKind.WORDING, figure.span(), Optional.empty(), right, message);
  }
}
