package haul.story.check;

import haul.story.prose.FigureUnit;
import haul.reference.FinancialYear;
import haul.stats.Area;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figures of one sentence and the names around them, read into claims ({@link Reading}): whose
 * figure, of what, for which year, which way. Work is linear in the sentence: each figure looks only
 * at the words between it and its neighbours, and names are found by binary search.
 *
 * <p>Over 350 lines: the rules that read a figure's claim (its area, drug, measure, year and
 * direction) each look at the same sentence's names and neighbouring figures, and are kept
 * together so that their order of precedence reads in one place ({@link #read}).
 */
final class Sentence {

  private static final Pattern INCLUDED_AREA =
      Pattern.compile("(?i)(?:(?:which|that) includes?|including)\\s+(?:the\\s+)?$");
  private static final Pattern COMPARED_AREA = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:after|behind|ahead\\s+of|than|only\\s+to)\\s+(?:th(?:at|ose)\\s+(?:of|in|by)\\s+)?(?:the\\s+)?$");
  private static final Pattern IN_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])in\\s+$");
  private static final Pattern COLON_BEFORE = Pattern.compile(":\\s*$");
  private static final Pattern BRACKET_AFTER = Pattern.compile("^\\s*\\(");
  private static final Pattern SEIZURE_WORD = Pattern.compile("(?i)seiz");
  private static final Pattern COUNT_WORD = Pattern.compile("(?i)(?<![\\p{L}])seizures(?![\\p{L}])");
  private static final Pattern AMOUNT_WORD =
      Pattern.compile("(?i)(?<![\\p{L}])(?:amount|amounts|quantity|quantities|weight|kg|seized)(?![\\p{L}])");
  private static final int LOOK_BACK = 40;

  private final Paragraph paragraph;
  private final int start;
  private final int end;
  private final List<Figure> figures;
  private final List<Mention> areas;
  private final List<Mention> areasNotNational;
  private final List<Mention> drugs;
  private final List<Mention> drugsOutsideNone;
  private final List<String> unnamed;
  private final FinancialYear year;
  private final boolean saysSeizures;
  private final Optional<ShareOf> countWord;
  /** The drug the sentence before in the paragraph named last: what "of it" and "of them" after a per cent are a share of. */
  private final Optional<Mention> drugBefore;
  /** The roles of figures read so far: true when a figure had that role alone ("from X"). */
  private final Map<Role, Boolean> rolesSeen = new EnumMap<>(Role.class);

  /**
   * @param carried the area the paragraph's sentences before it were about: "More cocaine was seized
   *     across England and Wales: .... More ketamine was also seized: 1,837kg" is England and Wales's
   * @param seizuresCarried whether a sentence before it in the paragraph spoke of seizures
   * @param storyAgency the agency the story is about; empty for a national text
   */
  Sentence(Lexicon lexicon, FinancialYear year, Paragraph paragraph, int start, int end, List<Figure> figures,
      List<String> carried, boolean seizuresCarried, Optional<String> storyAgency) {
    this(lexicon, year, paragraph, start, end, figures, carried, seizuresCarried, storyAgency, Context.NONE, List.of());
  }

  /**
   * What a sentence hands the next one of its paragraph for its pronouns: the drug named last ("the
   * drug"), and its subject, the first name it gives ("it": an agency, a region or a drug).
   */
  record Context(Optional<Mention> drug, Optional<Mention> subject, boolean subjectIsDrug) {
    static final Context NONE = new Context(Optional.empty(), Optional.empty(), false);
  }

  /** "the drug", "this drug", "that drug": the drug of the sentence before. */
  private static final Pattern THE_DRUG = Pattern.compile("(?i)(?<![\\p{L}])(?:the|this|that)\\s+drug(?![\\p{L}])");
  /** "it", "its": the subject of the sentence before, when it is one thing. */
  private static final Pattern IT = Pattern.compile("(?i)(?<![\\p{L}'’])its?(?![\\p{L}'’])");

  /**
   * @param context what the sentence before in the paragraph named, for "the drug" and "it"
   * @param ranks the ranks the sentence tells: a region a rank is scoped to ("the most in the North
   *     West") is no figure's area
   */
  Sentence(Lexicon lexicon, FinancialYear year, Paragraph paragraph, int start, int end, List<Figure> figures,
      List<String> carried, boolean seizuresCarried, Optional<String> storyAgency, Context context, List<Ranks.Told> ranks) {
    this.paragraph = paragraph;
    this.drugBefore = context.drug();
    this.start = start;
    this.end = end;
    this.figures = figures;
    this.year = year;
    String words = paragraph.unquoted().substring(start, end);
    int offset = paragraph.start() + start;
    // "police forces in the North East, which includes Northumbria, made 5 per cent": an area in
    // such a clause describes another; the figure belongs to the one the clause hangs on. And in
    // "91 per cent of all cocaine seized in England and Wales" England and Wales is the share's
    // whole, not the area of any figure.
    List<Figure> perCents = figures.stream().filter(f -> f.unit() == FigureUnit.PER_CENT).toList();
    List<Mention> namedAreas = lexicon.areas(words, offset).stream()
        .filter(m -> !Ranks.inScope(ranks, m))
        .filter(m -> !INCLUDED_AREA.matcher(words.substring(Math.max(0, m.start() - offset - LOOK_BACK),
            Math.max(0, m.start() - offset))).find())
        .filter(new Denominators(perCents)::isNot)
        // "the second-largest share after London, 12 per cent": an area compared with is not the
        // figure's, unless the figure follows it in brackets ("after London (22 per cent)")
        .filter(m -> !COMPARED_AREA.matcher(words.substring(Math.max(0, m.start() - offset - LOOK_BACK),
            Math.max(0, m.start() - offset))).find() || BRACKET_AFTER.matcher(words).region(m.end() - offset, words.length()).lookingAt())
        .toList();
    List<Mention> namedDrugs = lexicon.drugs(words, offset);
    // A sentence that names no drug (or no area) takes it from the sentence before: "the drug" is
    // the drug named last; "it" is that sentence's subject when its subject is one thing (an agency,
    // a region or a drug, never "the police", who are many).
    Optional<Mention> it = context.subject().isEmpty() ? Optional.empty() : anaphor(IT, words, offset, context.subject().get());
    if (namedDrugs.isEmpty()) {
      Optional<Mention> drug = context.drug().flatMap(d -> anaphor(THE_DRUG, words, offset, d))
          .or(() -> context.subjectIsDrug() ? it : Optional.empty());
      namedDrugs = drug.map(List::of).orElse(List.of());
    } else {
      // "Cocaine seizures rose: the drug was seized 24,000 times": the drug named before it
      java.util.regex.Matcher theDrug = THE_DRUG.matcher(words);
      if (theDrug.find()) {
        int at = offset + theDrug.start();
        Optional<Mention> antecedent = Mentions.lastBefore(namedDrugs, at).or(context::drug);
        if (antecedent.isPresent()) {
          List<Mention> with = new ArrayList<>(namedDrugs);
          with.add(new Mention(at, offset + theDrug.end(), antecedent.get().codes()));
          with.sort(java.util.Comparator.comparingInt(Mention::start));
          namedDrugs = List.copyOf(with);
        }
      }
    }
    if (namedAreas.isEmpty() && !context.subjectIsDrug() && it.isPresent()) {
      namedAreas = List.of(it.get());
    }
    this.areas = namedAreas;
    this.drugs = namedDrugs;
    this.areasNotNational = areas.stream().filter(m -> !m.codes().contains(Area.ENGLAND_AND_WALES.code())).toList();
    // "no ketamine": the drug is the figure's own, not a name near another figure
    Set<Integer> noneEnds = figures.stream().filter(f -> f.unit() == FigureUnit.NONE_OF).map(Figure::end)
        .collect(java.util.stream.Collectors.toSet());
    this.drugsOutsideNone = drugs.stream().filter(d -> !noneEnds.contains(d.end())).toList();
    List<String> fallback = new ArrayList<>(carried);
    storyAgency.ifPresent(fallback::add);
    fallback.add(Area.ENGLAND_AND_WALES.code());
    this.unnamed = fallback.stream().distinct().toList();
    this.saysSeizures = seizuresCarried || SEIZURE_WORD.matcher(words).find();
    boolean count = COUNT_WORD.matcher(words).find();
    boolean amount = AMOUNT_WORD.matcher(words).find();
    this.countWord = count == amount ? Optional.empty() : Optional.of(count ? ShareOf.SEIZURES : ShareOf.QUANTITY);
  }

  /**
   * Whether this sentence, or one before it in its paragraph, speaks of seizures: "Kent Police made
   * 4,854 seizures. The year before the force had made 5,851." counts seizures in both.
   */
  boolean saysSeizures() {
    return saysSeizures;
  }

  /** The drugs this sentence names (or "the drug" resolves to), in order. */
  List<Mention> drugs() {
    return drugs;
  }

  /** The areas this sentence names for its figures, in order. */
  List<Mention> areas() {
    return areas;
  }

  /** What this sentence hands the next for its pronouns (see {@link Context}). */
  Context context(Context before) {
    Optional<Mention> drug = drugs.isEmpty() ? before.drug() : Optional.of(drugs.get(drugs.size() - 1));
    Optional<Mention> area = areas.isEmpty() ? Optional.empty() : Optional.of(areas.get(0));
    Optional<Mention> firstDrug = drugs.isEmpty() ? Optional.empty() : Optional.of(drugs.get(0));
    boolean drugFirst = firstDrug.isPresent() && (area.isEmpty() || firstDrug.get().start() < area.get().start());
    // one thing only: "Kent Police and Essex Police made ..." leaves "it" ambiguous, as do two drugs
    long singularAreas = areas.stream().map(Mention::codes).filter(c -> !c.contains(Area.POLICE.code())).distinct().count();
    long distinctDrugs = drugs.stream().map(Mention::codes).distinct().count();
    Optional<Mention> subject = drugFirst ? firstDrug.filter(d -> distinctDrugs == 1)
        : area.filter(a -> !a.codes().contains(Area.POLICE.code()) && singularAreas == 1);
    return new Context(drug, subject.or(() -> areas.isEmpty() && drugs.isEmpty() ? before.subject() : Optional.empty()),
        drugFirst || areas.isEmpty() && drugs.isEmpty() && before.subjectIsDrug());
  }

  /** The first anaphor of a kind in the sentence, standing for what it refers to. */
  private static Optional<Mention> anaphor(Pattern kind, String words, int offset, Mention antecedent) {
    java.util.regex.Matcher m = kind.matcher(words);
    return m.find() ? Optional.of(new Mention(offset + m.start(), offset + m.end(), antecedent.codes())) : Optional.empty();
  }

  /** The area named last in this sentence, or the one it carried when it names none. */
  List<String> areaAtEnd(List<String> carried) {
    return areas.isEmpty() ? carried : List.copyOf(areas.get(areas.size() - 1).codes());
  }

  /** Finds the areas that are a share's whole; asked about areas in text order, it walks the per cents once. */
  private final class Denominators {
    private final List<Figure> perCents;
    private int next;

    Denominators(List<Figure> perCents) {
      this.perCents = perCents;
    }

    boolean isNot(Mention area) {
      while (next < perCents.size() && perCents.get(next).end() <= area.start()) {
        next++;
      }
      if (next == 0 || !area.codes().contains(Area.ENGLAND_AND_WALES.code())) {
        return true;
      }
      Figure last = perCents.get(next - 1);
      return area.start() - last.end() > 200
          || !Cues.denominatorBefore(
              paragraph.unquoted().substring(last.end() - paragraph.start(), area.start() - paragraph.start()));
    }
  }

  /** Every figure of the sentence read into its claim, in order. */
  List<Reading> readings() {
    List<Reading> readings = new ArrayList<>();
    Reading previous = null;
    for (int i = 0; i < figures.size(); i++) {
      Reading reading = read(i, previous);
      reading.roles().forEach(r -> rolesSeen.put(r, reading.roles().size() == 1));
      readings.add(reading);
      previous = reading;
    }
    return readings;
  }

  private String before(int i) {
    int from = i == 0 ? start : figures.get(i - 1).end() - paragraph.start();
    return paragraph.unquoted().substring(from, Math.max(from, figures.get(i).start() - paragraph.start()));
  }

  /** How much of the words after a figure are in its clause: up to a ", but" that opens another. */
  private static int ownClause(String after) {
    int but = after.indexOf(", but ");
    return but < 0 ? after.length() : but;
  }

  private String after(int i) {
    int to = i == figures.size() - 1 ? end : figures.get(i + 1).start() - paragraph.start();
    int from = figures.get(i).end() - paragraph.start();
    return paragraph.unquoted().substring(Math.min(from, to), Math.max(to, Math.min(from, to)));
  }

  private Reading read(int i, Reading previous) {
    Figure written = figures.get(i);
    // "the number of doses of ecstasy seized more than halved, to 2,858": a bare number is in the
    // measure its clause names nearest it
    // "0.2kg of cocaine, against none the year before": none of what the figure compared with measures
    Optional<FigureUnit> compared = written.saysNone() ? comparedUnit(i, previous) : Optional.empty();
    Figure figure = compared.isPresent() ? written.inUnit(compared.get())
        : written.unit() == FigureUnit.COUNT && written.noun().isEmpty()
        ? ClauseMeasure.of(paragraph, start, end, written).map(written::inUnit).orElse(written) : written;
    String before = before(i);
    String after = after(i);
    Optional<String> missing = Optional.empty();
    Set<String> named = compared.isPresent() && previous != null ? previous.drugs() : figure.drugs();
    switch (figure.unit()) {
      case COUNT -> {
        if (figure.noun().equals(Optional.of(FigureReader.FORCES_NOUN))) {
          named = Set.of(); // a number of police forces: the reference data's, judged by the matcher
        } else if (figure.noun().isPresent() && !figure.noun().get().equals("seizures")) {
          missing = Optional.of("measure: haul cannot tell what it counts (\"" + figure.noun().get() + "\")");
        } else if (named.isEmpty() && figure.noun().isEmpty() && previous != null
            && previous.figure().unit() == FigureUnit.COUNT) {
          // "class A drugs were found in 46,000 seizures, class B drugs in 129,000": the drug named
          // since the figure before, else that figure's
          named = Mentions.lastBefore(drugs, figure.start()).filter(d -> d.start() >= figure.start() - before.length())
              .map(Mention::codes).orElse(previous.drugs());
        } else if (named.isEmpty() && previous != null && previous.figure().unit() == FigureUnit.COUNT
            && Cues.endsWithTo(before) && Cues.endsWithFrom(before(i - 1))) {
          // "up 1 per cent from 597 to 604 seizures": the count after "to" is the one "from" began
          named = previous.drugs();
        } else if (named.isEmpty() && drugJustBefore(figure, before).isPresent()) {
          // "cocaine (24,000 seizures)": a figure in brackets is the one of the name it follows;
          // "class A drugs were found in 46,000 seizures": the drug found is the seizures'
          named = drugJustBefore(figure, before).get().codes();
        } else if (named.isEmpty() && IN_BEFORE.matcher(before).find()
            && Mentions.lastBefore(drugs, figure.start()).filter(d -> d.start() >= figure.start() - before.length()).isPresent()) {
          // "herbal cannabis was the drug seized most often, in 105,000 seizures": the drug is in them
          named = Mentions.lastBefore(drugs, figure.start()).get().codes();
        } else if (named.isEmpty() && COLON_BEFORE.matcher(before).find()
            && Mentions.lastBefore(drugs, figure.start()).filter(d -> d.start() >= figure.start() - before.length()).isPresent()) {
          // "Cannabis was the drug the force seized most often: 5,497 seizures": the figure after the
          // colon is the drug's of the clause before it (its subject is read as any figure's)
          named = Mentions.lastBefore(drugs, figure.start()).get().codes();
        } else if (figure.noun().isEmpty() && !saysSeizures) {
          missing = Optional.of("measure: haul cannot tell what it counts");
        } else if (named.isEmpty() && figure.noun().isEmpty()) {
          // "Seizures of cocaine rose from 19,726": the count is of the drug named before it
          named = Mentions.lastBefore(drugs, figure.start()).map(Mention::codes).orElse(Set.of());
        }
      }
      case KG, GRAMS, TONNES, DOSES, PLANTS -> {
        if (named.isEmpty()) {
          named = Mentions.nearest(drugsOutsideNone, figure.start(), figure.end()).map(Mention::codes)
              .orElse(figure.unit() == FigureUnit.PLANTS ? Set.of("Cannabis plants") : Set.of());
        }
        if (named.isEmpty() && previous != null && previous.figure().unit() == FigureUnit.NONE_OF) {
          // "no ketamine was seized, down from 0.4kg the year before": the quantity is of the drug none of which was seized
          named = previous.drugs();
        }
        if (named.isEmpty()) {
          missing = Optional.of("measure: no drug is named for this quantity");
        }
      }
      // "Drug seizures by Kent Police fall 15 per cent, but 31 per cent more cocaine is seized": ", but"
      // opens a clause of its own, and a change's drug is named in the change's own clause
      case PER_CENT, TIMES -> named =
          Mentions.firstWithin(drugs, figure.start() - before.length(), figure.end() + ownClause(after))
              .map(Mention::codes).orElse(previous == null ? Set.of() : previous.drugs());
      case NONE_OF -> { }
    }

    List<Role> roles = new ArrayList<>();
    Optional<Integer> direction = Optional.empty();
    Optional<ShareOf> shareOf = Optional.empty();
    Optional<Cues.Located<Cues.Whole>> shareCue =
        figure.unit() == FigureUnit.PER_CENT && figure.direction().isEmpty() ? Cues.shareOf(after) : Optional.empty();
    Optional<Mention> wholeDrug = figure.unit() == FigureUnit.PER_CENT && figure.direction().isEmpty()
        && shareCue.isEmpty() ? drugAsWhole(figure, after) : Optional.empty();
    if (wholeDrug.isPresent()) {
      // "it seized 12 per cent of the herbal cannabis": a share of the drug, of its quantity unless
      // the sentence speaks of seizures alone
      named = wholeDrug.get().codes();
      shareOf = Optional.of(countWord.orElse(ShareOf.QUANTITY));
    }
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
          named = Mentions.firstWithin(drugs, figure.end() + cue.start(), figure.end() + cue.end())
              .map(Mention::codes).orElse(Set.of());
          // "of all drugs seized" names no drug: its whole is all seizures, as the tables count them
          shareOf = Optional.of(cue.value() == Cues.Whole.SEIZED && !named.isEmpty() ? ShareOf.QUANTITY : ShareOf.SEIZURES);
        }
      }
    }
    switch (figure.unit()) {
      case TIMES -> {
        roles.add(Role.MULTIPLE);
        direction = figure.direction();
      }
      case PER_CENT -> {
        if (shareOf.isPresent()) {
          roles.add(Role.SHARE); // "of all ... seized" says what it is: no change is meant
        } else if (figure.direction().isPresent() || figure.isInWords()) {
          roles.add(Role.PERCENT_CHANGE); // "halved", "up by a fifth", "-14%": a change in its own words
          direction = figure.direction().or(() -> Cues.lastDirection(before).or(() -> Cues.directionAfter(after)));
        } else {
          direction = Cues.lastDirection(before).or(() -> Cues.directionAfter(after));
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
                ? Cues.period(after, year, false).map(Cues.Located::value)
                : period;
        if (yearNamed.isPresent() && yearNamed.get() == Cues.Period.OTHER) {
          missing = Optional.of("year: the year it is for is not in the release, which holds "
              + year.previous().label() + " and " + year.label());
        } else if (Cues.endsWithFrom(before)) {
          roles.add(Role.PREVIOUS);
          direction = Cues.lastDirection(before);
        } else if (verbTo.isPresent()) {
          roles.add(Role.CURRENT);
          direction = verbTo;
        } else if (Cues.endsWithTo(before) && Boolean.TRUE.equals(rolesSeen.get(Role.PREVIOUS))) {
          roles.add(Role.CURRENT);
        } else if (Cues.restatesAfterComparison(before)) {
          roles.add(Role.CURRENT); // "nearly ten times that of the year before: 1,837kg" restates the subject's
        } else if (period.isEmpty() && Cues.comparedAfter(after, i + 1 < figures.size() ? after(i + 1) : "")) {
          roles.add(Role.CURRENT); // "161 seizures of heroin, down 3 per cent from 166": the figure compared is this year's
        } else if (period.isEmpty()) {
          // "In the year to March 2022, the drugs seized most often were herbal cannabis (105,000
          // seizures), cocaine (24,000 seizures) ...": the year the sentence named before it, else either
          Optional<Cues.Period> earlier = periodBefore(figure.start()).filter(p -> p != Cues.Period.OTHER);
          if (earlier.isPresent()) {
            roles.add(earlier.get() == Cues.Period.CURRENT ? Role.CURRENT : Role.PREVIOUS);
          } else {
            roles.addAll(List.of(Role.CURRENT, Role.PREVIOUS));
          }
        } else {
          roles.add(period.get() == Cues.Period.CURRENT ? Role.CURRENT : Role.PREVIOUS);
        }
        if (roles.equals(List.of(Role.CURRENT)) && direction.isEmpty()) {
          // "966kg of herbal cannabis, less than the year before": the way this year's figure went
          direction = Cues.directionAgainstYearBefore(after);
        }
      }
    }

    boolean share = !roles.isEmpty() && roles.get(0) == Role.SHARE;
    // For a share, the nearest area that is not England and Wales (the share's whole)
    Optional<Mention> area = Mentions.nearest(share ? areasNotNational : areas, figure.start(), figure.end());
    List<String> areaCodes = area.map(m -> List.copyOf(m.codes())).orElse(unnamed);
    if (area.isPresent() && area.get().codes().contains(Area.POLICE.code())) {
      // "the police ... nearly 19,000kg": read as the police's, then as all agencies' (a wording finding)
      areaCodes = Stream.concat(areaCodes.stream(), Stream.of(Area.ENGLAND_AND_WALES.code())).distinct().toList();
    }
    if (areaCodes.contains(Lexicon.NO_AGENCY)) {
      missing = Optional.of("subject: \"the force\" names no agency in a national text (give --agency)");
    }
    return new Reading(figure, areaCodes, area, named, roles, direction, missing, shareOf, countWord);
  }

  /** The unit of the figure a "none" is compared with: the one before it, else the one after ("from none to 5"). */
  private Optional<FigureUnit> comparedUnit(int i, Reading previous) {
    Figure other = previous != null ? previous.figure() : i + 1 < figures.size() ? figures.get(i + 1) : null;
    if (other == null || other.unit() == FigureUnit.PER_CENT || other.unit() == FigureUnit.TIMES
        || other.unit() == FigureUnit.NONE_OF) {
      return Optional.empty();
    }
    return Optional.of(other.unit());
  }

  private static final Pattern OF_IT = Pattern.compile("(?i)^\\s*of\\s+(it|them)(?![\\p{L}])");
  private static final Pattern OF_THE = Pattern.compile("(?i)^\\s*of\\s+(?:all\\s+|the\\s+)?");

  /** The drug a per cent is a share of, named right after it: "12 per cent of the herbal cannabis". */
  private Optional<Mention> drugAsWhole(Figure figure, String after) {
    java.util.regex.Matcher pronoun = OF_IT.matcher(after);
    if (pronoun.find()) {
      // "Nearly 19,000kg of cocaine was seized ... Border Force seized 91 per cent of it": the drug of
      // the sentence before (or of this one, before the figure)
      Optional<Mention> drug = Mentions.lastBefore(drugs, figure.start()).filter(d -> d.start() >= paragraph.start() + start)
          .or(() -> drugBefore);
      return drug.map(d -> new Mention(figure.end() + pronoun.start(1), figure.end() + pronoun.end(1), d.codes()));
    }
    java.util.regex.Matcher of = OF_THE.matcher(after);
    if (!of.find()) {
      return Optional.empty();
    }
    int at = figure.end() + of.end();
    return Mentions.firstWithin(drugs, at, figure.end() + after.length()).filter(d -> d.start() == at);
  }

  private static final Pattern OPENING_BRACKET = Pattern.compile(
      "(?i)\\s*\\(\\s*|\\s+(?:were|was)\\s+(?:found|present)\\s+in\\s+|\\s+(?:were|was)\\s+seized\\s+");

  /**
   * The drug named right before a figure's opening bracket ("cocaine (24,000 seizures)"), or
   * before "were found in" ("class A drugs were found in 46,000 seizures").
   */
  private Optional<Mention> drugJustBefore(Figure figure, String before) {
    return Mentions.lastBefore(drugs, figure.start())
        .filter(d -> d.start() >= figure.start() - before.length())
        .filter(d -> OPENING_BRACKET.matcher(paragraph.unquoted().substring(d.end() - paragraph.start(),
            figure.start() - paragraph.start())).matches());
  }

  /** The years the sentence names, in order, at offsets of the whole text: found once, on first use. */
  private List<Cues.Located<Cues.Period>> periods;

  /** The year the sentence named last before an offset of the whole text (binary search: linear overall). */
  private Optional<Cues.Period> periodBefore(int at) {
    if (periods == null) {
      int offset = paragraph.start() + start;
      periods = Cues.periods(paragraph.unquoted().substring(start, end), year).stream()
          .map(p -> new Cues.Located<>(p.value(), p.start() + offset, p.end() + offset)).toList();
    }
    int low = 0;
    int high = periods.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (periods.get(mid).end() <= at) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(periods.get(low - 1).value());
  }

  /** The year named nearest the figure, in the words since the last figure or up to the next. */
  private Optional<Cues.Period> period(String before, String after) {
    Optional<Cues.Located<Cues.Period>> last = Cues.period(before, year, true);
    Optional<Cues.Located<Cues.Period>> next = Cues.period(after, year, false);
    if (last.isPresent() && next.isPresent()) {
      return Optional.of(
          before.length() - last.get().end() <= next.get().start() ? last.get().value() : next.get().value());
    }
    return last.or(() -> next).map(Cues.Located::value);
  }
}
