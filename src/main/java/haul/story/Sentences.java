package haul.story;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.Change;
import haul.stats.Count;
import haul.stats.Note;
import haul.stats.RegionShare;
import haul.story.prose.FactMeasure;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSizes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence stage: realises a {@link StoryPlan} as paragraphs of British English. Lexical
 * choice lives here ("fewer seizures" but "less cocaine"; rose, fell, was unchanged; the agency's
 * full name first, "the force" after it), and every figure is written by {@link ProseNumbers} and
 * recorded in the {@link FactLedger}. One instance writes one story: it remembers who has been
 * named.
 */
final class Sentences {

  private static final String NATIONAL = Area.ENGLAND_AND_WALES.code();

  private final VerbalSizes sizes;
  private final Lexicon lexicon;
  private final FactLedger ledger;
  private final FinancialYear year;
  private final Agency agency;
  private boolean agencyNamed;
  private final Set<String> speakersNamed = new HashSet<>();
  private final Set<String> organisationsDescribed = new HashSet<>();

  Sentences(VerbalSizes sizes, Lexicon lexicon, FactLedger ledger, FinancialYear year, Agency agency) {
    this.sizes = sizes;
    this.lexicon = lexicon;
    this.ledger = ledger;
    this.year = year;
    this.agency = agency;
  }

  // ---- headline ----

  String headline(Change seizures) {
    String name = agency.fullName();
    if (!seizures.current().isAvailable()) {
      return name + "'s drug seizure figures are missing from the new release";
    }
    if (seizures.change().isEmpty()) {
      return name + " " + made(seizures.current(), year) + " last year, new figures reveal";
    }
    long change = seizures.change().getAsLong();
    String comparative =
        change < 0 ? "fewer drug seizures last year" : change > 0 ? "more drug seizures last year" : "as many drug seizures last year as the year before";
    return name + " made " + comparative + ", new figures reveal";
  }

  // ---- body ----

  /** The paragraphs of one section: one, or one per quoted paragraph for quotes. */
  List<String> paragraphs(StoryPlan.Section section) {
    if (section instanceof StoryPlan.Lede lede) {
      return List.of(lede(lede.seizures()));
    } else if (section instanceof StoryPlan.AgencyNotes notes) {
      return List.of(agencyNotes(notes.notes()));
    } else if (section instanceof StoryPlan.NationalPicture picture) {
      return List.of(nationalPicture(picture));
    } else if (section instanceof StoryPlan.NationalDrugs drugs) {
      return List.of(nationalDrugs(drugs.drugs()));
    } else if (section instanceof StoryPlan.LocalDrugs drugs) {
      return List.of(drugs.withShares() ? nationalAgencyDrugs(drugs) : localDrugs(drugs.local(), drugs.notable()));
    } else if (section instanceof StoryPlan.RegionalShares shares) {
      return List.of(regionalShares(shares));
    } else if (section instanceof StoryPlan.NationalShare share) {
      return List.of(nationalShare(share.share()));
    } else if (section instanceof StoryPlan.ReportedStatements statements) {
      return statements.statements().stream().map(this::reported).toList();
    } else if (section instanceof StoryPlan.Quotes quotes) {
      List<String> paragraphs = new ArrayList<>();
      quotes.quotes().forEach(q -> paragraphs.addAll(quote(q)));
      return paragraphs;
    }
    throw new IllegalArgumentException("no sentences for " + section);
  }

  private String lede(Change seizures) {
    String name = agencyReference();
    String period = year.prose();
    if (!seizures.current().isAvailable()) {
      return "Figures for " + name + " are not available for " + period + ", so " + possessive(agencyReference())
          + " seizures cannot be compared with the year before.";
    }
    String made = made(seizures.current(), year);
    if (!seizures.previous().isAvailable()) {
      return name + " " + made + " in " + period + ". Figures for the year before are not available, so there is no comparison.";
    }
    long change = seizures.change().getAsLong();
    if (change == 0) {
      return name + " " + made + " in " + period + ", the same number as the year before.";
    }
    long previous = seizures.previous().get();
    String direction = change < 0 ? "down" : "up";
    if (previous == 0) {
      return name + " " + made + " in " + period + ", having made none the year before.";
    }
    String first = name + " " + made + " in " + period + ", " + direction + " from " + agencyCount(seizures.previous(), year.previous())
        + " the year before.";
    String second = capitalise(possessive(agencyReference())) + " seizures " + (change < 0 ? "fell" : "rose") + " by "
        + percent(seizures, agency.code());
    BigDecimal now = BigDecimal.valueOf(seizures.current().get());
    BigDecimal before = BigDecimal.valueOf(previous);
    if (change > 0 && sizes.isMultiple(now, before)) {
      second += ", " + ledger.add(ProseNumbers.multiple(now, before), ProseNumbers.ratio(now, before).setScale(1, RoundingMode.HALF_UP),
          "times", FactMeasure.MULTIPLE, agency.code(), year.label(), Optional.empty()) + " as many";
    }
    second += ".";
    return first + " " + second;
  }

  private String agencyNotes(List<Note> notes) {
    List<String> sentences = new ArrayList<>();
    for (Note note : notes) {
      String whose = possessive(agencyReference()) + " figures";
      String when = note.year().equals(year) ? "" : " for " + note.year().prose();
      sentences.add(capitalise("a note in the release on " + whose + when + " says: " + quoted(note.text()) + "."));
    }
    return String.join(" ", sentences);
  }

  private String nationalPicture(StoryPlan.NationalPicture picture) {
    Change national = picture.national();
    StringBuilder text = new StringBuilder();
    if (!national.current().isAvailable()) {
      text.append("Figures for England and Wales as a whole are not available for ").append(year.prose()).append('.');
    } else if (national.change().isEmpty()) {
      text.append("Across England and Wales, ").append(nationalCount(national.current(), year)).append(" seizures were made in ")
          .append(year.prose()).append('.');
    } else if (national.change().getAsLong() == 0) {
      text.append("Seizures across England and Wales were unchanged at ").append(nationalCount(national.current(), year)).append('.');
    } else {
      boolean fell = national.change().getAsLong() < 0;
      text.append("Seizures ").append(picture.also() ? "also " : "").append(fell ? "fell" : "rose")
          .append(" across England and Wales, by ").append(percent(national, NATIONAL)).append(", from ")
          .append(nationalCount(national.previous(), year.previous())).append(" to ").append(nationalCount(national.current(), year))
          .append('.');
    }
    for (Note note : picture.releaseNotes()) {
      text.append(" A note on the whole release says: ").append(quoted(note.text())).append('.');
    }
    return text.toString();
  }

  private String nationalDrugs(List<DrugComparison> drugs) {
    List<String> sentences = new ArrayList<>();
    int previousSign = 0;
    for (DrugComparison drug : drugs) {
      int sign = drug.isComparable() ? drug.change().signum() : 0;
      sentences.add(nationalDrug(drug, sentences.isEmpty(), sign != 0 && sign == previousSign));
      previousSign = sign;
    }
    return String.join(" ", sentences);
  }

  private String nationalDrug(DrugComparison drug, boolean first, boolean also) {
    String noun = lexicon.drugNoun(drug.drug());
    if (!drug.isComparable()) {
      return drug.current().filter(q -> q.signum() > 0)
          .map(q -> "Across England and Wales, " + quantity(drug, q, year) + " of " + noun + " was seized in " + year.prose() + ".")
          .orElse("No figure for " + noun + " across England and Wales is available for " + year.prose() + ".");
    }
    if (drug.change().signum() == 0) {
      String amount = drug.current().get().signum() == 0 ? "none" : quantity(drug, drug.current().get(), year);
      return "The amount of " + noun + " seized across England and Wales was unchanged at " + amount + ".";
    }
    if (drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return "Across England and Wales, " + fromOrToNothing(drug) + ".";
    }
    boolean rose = drug.change().signum() > 0;
    // The first sentence names the place; the next ones are understood to be about it too.
    String place = first ? " seized across England and Wales: " : also ? " also seized: " : " seized: ";
    String subject = comparativeSubject(drug, rose) + place;
    String current = counted(drug, quantity(drug, drug.current().get(), year));
    String previous = counted(drug, quantity(drug, drug.previous().get(), year.previous()));
    String sentence = subject + current + ", " + (rose ? "up " : "down ") + drugPercent(drug) + " from " + previous + " the year before";
    if (rose && sizes.isMultiple(drug.current().get(), drug.previous().get())) {
      sentence += ", " + multiple(drug) + (drug.unit() == Unit.KG ? " as much" : " as many");
    }
    return sentence + ".";
  }

  /** "More cocaine was", "Less heroin was", "A smaller amount of amphetamines was", "Fewer doses of LSD were". */
  private String comparativeSubject(DrugComparison drug, boolean rose) {
    String noun = lexicon.drugNoun(drug.drug());
    return switch (drug.unit()) {
      case KG -> lexicon.isPluralDrug(drug.drug())
          ? (rose ? "A larger" : "A smaller") + " amount of " + noun + " was"
          : (rose ? "More " : "Less ") + noun + " was";
      case DOSES -> (rose ? "More" : "Fewer") + " doses of " + noun + " were";
      case PLANTS -> (rose ? "More " : "Fewer ") + noun + " were";
    };
  }

  private String localDrugs(List<DrugComparison> drugs, List<DrugComparison> notable) {
    List<String> clauses = drugs.stream().map(this::seizedClause).toList();
    StringBuilder text = new StringBuilder("In " + agency.areaName() + " last year, " + joinClauses(clauses) + ".");
    for (DrugComparison drug : notable) {
      text.append(' ').append(localChange(drug));
    }
    return text.toString();
  }

  /** "The force seized more herbal cannabis than the year before: 219kg, up 57 per cent from 139kg." */
  private String localChange(DrugComparison drug) {
    if (drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return capitalise(fromOrToNothing(drug)) + ".";
    }
    boolean rose = drug.change().signum() > 0;
    String noun = lexicon.drugNoun(drug.drug());
    String what = switch (drug.unit()) {
      case KG -> (rose ? "more " : "less ") + noun;
      case DOSES -> (rose ? "more" : "fewer") + " doses of " + noun;
      case PLANTS -> (rose ? "more " : "fewer ") + noun;
    };
    String sentence = capitalise(agencyReference()) + " seized " + what + " than the year before: "
        + counted(drug, quantity(drug, drug.current().get(), year)) + ", " + (rose ? "up " : "down ") + drugPercent(drug)
        + " from " + counted(drug, quantity(drug, drug.previous().get(), year.previous()));
    if (rose && sizes.isMultiple(drug.current().get(), drug.previous().get())) {
      sentence += ", " + multiple(drug) + (drug.unit() == Unit.KG ? " as much" : " as many");
    }
    return sentence + ".";
  }

  /** "0.2kg of cocaine was seized", "no ketamine was seized", "13,529 cannabis plants were seized". */
  private String seizedClause(DrugComparison drug) {
    String noun = lexicon.drugNoun(drug.drug());
    boolean plural = lexicon.isPluralDrug(drug.drug());
    if (drug.current().isEmpty()) {
      return noneSeized(drug) ? nothing(drug, noun) + (plural ? " were" : " was") + " seized" : "no figure for " + noun + " is available";
    }
    BigDecimal value = drug.current().get();
    if (value.signum() == 0) {
      Count seizures = drug.seizures();
      if (seizures.isAvailable() && seizures.get() > 0) {
        String count = agencyDrugCount(drug, seizures);
        return count + " " + ProseNumbers.plural(seizures.get(), "seizure", "seizures") + " of " + noun + " recorded no quantity";
      }
      return nothing(drug, noun) + (plural ? " were" : " was") + " seized";
    }
    String amount = quantity(drug, value, year);
    return switch (drug.unit()) {
      case KG -> amount + " of " + noun + " was seized";
      case DOSES -> amount + " of " + noun + (value.compareTo(BigDecimal.ONE) == 0 ? " was" : " were") + " seized";
      case PLANTS -> amount + " " + noun + " were seized";
    };
  }

  private String nationalAgencyDrugs(StoryPlan.LocalDrugs drugs) {
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < drugs.local().size(); i++) {
      DrugComparison local = drugs.local().get(i);
      DrugComparison national = drugs.national().get(i);
      String noun = lexicon.drugNoun(local.drug());
      if (local.current().isEmpty()) {
        clauses.add(noneSeized(local) ? nothing(local, noun) : "no figure for " + noun + " is available");
        continue;
      }
      BigDecimal value = local.current().get();
      if (value.signum() == 0) {
        clauses.add(nothing(local, noun));
        continue;
      }
      String amount = local.unit() == Unit.PLANTS ? quantity(local, value, year) + " " + noun : quantity(local, value, year) + " of " + noun;
      Optional<BigDecimal> total = national.current().filter(t -> t.signum() > 0);
      if (total.isPresent()) {
        BigDecimal share = value.multiply(BigDecimal.valueOf(100)).divide(total.get(), java.math.MathContext.DECIMAL64);
        String shareText = ledger.add(ProseNumbers.share(share), share.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE,
            agency.code(), year.label(), Optional.of(local.drug()));
        amount += " (" + shareText + (clauses.isEmpty() ? " of all " + noun + " seized in England and Wales)" : " of the total)");
      }
      clauses.add(amount);
    }
    return "Last year, " + agencyReference() + " seized " + joinClauses(clauses) + ".";
  }

  private String regionalShares(StoryPlan.RegionalShares shares) {
    List<String> named = shares.largest().stream().map(s -> lexicon.region(s.region().name()) + " (" + regionShare(s) + ")").toList();
    String verb = named.size() == 1 ? "share of all seizures in England and Wales was" : "shares of all seizures in England and Wales were";
    StringBuilder text = new StringBuilder("The largest " + verb + " made by police forces in " + joinClauses(named) + ".");
    shares.own().ifPresent(own -> {
      String region = lexicon.region(own.region().name());
      // "the West Midlands, which includes the West Midlands" says nothing: name the area only when it differs.
      String includes = region.equalsIgnoreCase(agency.areaName()) ? "" : ", which includes " + agency.areaName() + ",";
      text.append(" Police forces in ").append(region).append(includes).append(" made ").append(regionShare(own)).append('.');
    });
    for (AgencyShare national : shares.nationalAgencies()) {
      text.append(' ').append(national.agency().fullName()).append(" made ").append(agencyShare(national)).append(" of all seizures.");
    }
    return text.toString();
  }

  private String nationalShare(AgencyShare share) {
    return capitalise(agencyReference()) + " made " + agencyShare(share) + " of all seizures in England and Wales.";
  }

  // ---- quotes ----

  private String reported(QuoteBank.ReportedStatement statement) {
    boolean again = speakersNamed.contains(statement.speaker().name());
    String subject = attribution(statement.speaker());
    return capitalise(subject + " " + (again ? "also " : "") + statement.text()) + ".";
  }

  /** British convention: each paragraph opens with a quotation mark, only the last closes. */
  private List<String> quote(QuoteBank.Quote quote) {
    String subject = attribution(quote.speaker());
    List<String> paragraphs = new ArrayList<>();
    List<String> words = quote.paragraphs();
    for (int i = 0; i < words.size(); i++) {
      String paragraph = "\"" + words.get(i) + (i == words.size() - 1 ? "\"" : "");
      paragraphs.add(i == 0 ? capitalise(subject + " said: " + paragraph) : paragraph);
    }
    return paragraphs;
  }

  /**
   * The speaker as the bank names them: "Immigration minister Robert Jenrick" (a role written as a
   * title), "Niamh Eastwood, Release's executive director," (a role), "Release, the national centre
   * for drugs expertise," (an organisation, described once); the name alone when named before.
   */
  private String attribution(QuoteBank.Speaker speaker) {
    String name = speaker.name();
    boolean first = speakersNamed.add(name);
    Optional<String> organisation = speaker.organisation();
    if (speaker.role().isPresent()) {
      if (!first) {
        return name;
      }
      String role = speaker.role().get();
      if (Character.isUpperCase(role.charAt(0))) {
        return role + " " + name;
      }
      if (organisation.isEmpty()) {
        return name + ", " + role + ",";
      }
      String org = lexicon.organisation(organisation.get());
      Optional<String> description = describe(organisation.get(), speaker.organisationDescription());
      return description.isPresent()
          ? name + ", " + role + " of " + org + ", " + description.get() + ","
          : name + ", " + possessive(org) + " " + role + ",";
    }
    String prose = lexicon.organisation(name);
    Optional<String> description = describe(organisation.orElse(name), speaker.organisationDescription());
    return description.map(d -> prose + ", " + d + ",").orElse(prose);
  }

  /** An organisation's description, the first time it is mentioned only. */
  private Optional<String> describe(String organisation, Optional<String> description) {
    return description.isPresent() && organisationsDescribed.add(organisation) ? description : Optional.empty();
  }

  // ---- warnings ----

  String warning(StoryPlan.Warning warning) {
    if (warning instanceof StoryPlan.CountArtefact artefact) {
      Change seizures = artefact.seizures();
      long change = seizures.change().getAsLong();
      String span = ProseNumbers.count(seizures.previous().get()) + " to " + ProseNumbers.count(seizures.current().get());
      String moved = seizures.percentChange()
          .map(p -> (change < 0 ? "fell by " : "rose by ") + ProseNumbers.percentChange(p) + " (" + span + ")")
          .orElse("rose from " + span);
      return "Seizures " + moved + ": check for a change in recording.";
    } else if (warning instanceof StoryPlan.MissingReturn) {
      return agency.fullName() + " has no figures for " + year.prose()
          + ": the story says they are not available and makes no comparison. Check whether the return is late.";
    } else if (warning instanceof StoryPlan.NoPreviousYear) {
      return agency.fullName() + " has no figures for " + year.previous().prose() + ": the story makes no comparison.";
    } else if (warning instanceof StoryPlan.NoteApplies note) {
      return "A data-quality note applies to " + possessive(agency.fullName()) + " figures for " + note.note().year().prose()
          + ", and the story repeats it: " + quoted(note.note().text());
    } else if (warning instanceof StoryPlan.QuotesForAnotherRelease other) {
      return "The quote bank was written for the " + other.release() + " release, not " + year.label() + ": its quotes were left out.";
    } else if (warning instanceof StoryPlan.FigureInReportedStatement figure) {
      return "A reported statement by " + figure.statement().speaker().name()
          + " gives a figure outside quotation marks that the data does not back: check it before publishing.";
    }
    throw new IllegalArgumentException("no words for " + warning);
  }

  // ---- figures, each recorded as a fact ----

  private String made(Count seizures, FinancialYear of) {
    long value = seizures.get();
    if (value == 0) {
      return "made no drug seizures";
    }
    return "made " + agencyCount(seizures, of) + " drug " + ProseNumbers.plural(value, "seizure", "seizures");
  }

  private String agencyCount(Count count, FinancialYear of) {
    long value = count.get();
    return ledger.add(ProseNumbers.count(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, agency.code(), of.label(), Optional.empty());
  }

  private String agencyDrugCount(DrugComparison drug, Count count) {
    long value = count.get();
    return ledger.add(ProseNumbers.count(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, drug.area(), year.label(),
        Optional.of(drug.drug()));
  }

  private String nationalCount(Count count, FinancialYear of) {
    long value = count.get();
    return ledger.add(ProseNumbers.nationalCount(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, NATIONAL, of.label(), Optional.empty());
  }

  private String percent(Change change, String area) {
    BigDecimal percent = change.percentChange().orElseThrow();
    return ledger.add(ProseNumbers.percentChange(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.PERCENT_CHANGE, area,
        year.label(), Optional.empty());
  }

  private String drugPercent(DrugComparison drug) {
    BigDecimal percent = drug.percentChange().orElseThrow();
    return ledger.add(ProseNumbers.percentChange(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.PERCENT_CHANGE,
        drug.area(), year.label(), Optional.of(drug.drug()));
  }

  private String multiple(DrugComparison drug) {
    BigDecimal ratio = ProseNumbers.ratio(drug.current().get(), drug.previous().get());
    return ledger.add(ProseNumbers.multiple(drug.current().get(), drug.previous().get()), ratio.setScale(1, RoundingMode.HALF_UP), "times",
        FactMeasure.MULTIPLE, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  private String quantity(DrugComparison drug, BigDecimal value, FinancialYear of) {
    String text = switch (drug.unit()) {
      case KG -> ProseNumbers.kilograms(value);
      case DOSES -> ProseNumbers.doses(value);
      case PLANTS -> ProseNumbers.plants(value);
    };
    return ledger.add(text, value.stripTrailingZeros(), drug.unit().label(), FactMeasure.QUANTITY, drug.area(), of.label(), Optional.of(drug.drug()));
  }

  /** Plants are named after their number ("8,910 plants"), so that no reader takes it for seizures. */
  private static String counted(DrugComparison drug, String amount) {
    return drug.unit() == Unit.PLANTS ? amount + " plants" : amount;
  }

  /** No seizures of the drug at all, whatever the quantity column holds. */
  private static boolean noneSeized(DrugComparison drug) {
    return drug.seizures().isAvailable() && drug.seizures().get() == 0;
  }

  /** "no ketamine": a zero is a fact too, so that a checker can trace it. */
  /**
   * A change from or to nothing, where a percentage means nothing: "0.4kg of mephedrone was seized,
   * where none was seized the year before" or "no mephedrone was seized, down from 0.4kg the year before".
   */
  private String fromOrToNothing(DrugComparison drug) {
    String noun = lexicon.drugNoun(drug.drug());
    String verb = lexicon.isPluralDrug(drug.drug()) || drug.unit() != Unit.KG ? " were" : " was";
    if (drug.current().get().signum() == 0) {
      return nothing(drug, noun) + verb + " seized, down from "
          + quantity(drug, drug.previous().get(), year.previous()) + " the year before";
    }
    String amount = quantity(drug, drug.current().get(), year);
    String what = drug.unit() == Unit.PLANTS ? amount + " " + noun : amount + " of " + noun;
    return what + verb + " seized, where none" + verb + " seized the year before";
  }

  private String nothing(DrugComparison drug, String noun) {
    return ledger.add("no " + noun, BigDecimal.ZERO, drug.unit().label(), FactMeasure.QUANTITY, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  private String regionShare(RegionShare share) {
    BigDecimal percent = share.sharePercent().orElseThrow();
    return ledger.add(ProseNumbers.share(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE, share.region().code(),
        year.label(), Optional.empty());
  }

  private String agencyShare(AgencyShare share) {
    BigDecimal percent = share.percent().orElseThrow();
    return ledger.add(ProseNumbers.share(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE,
        share.agency().code(), year.label(), Optional.empty());
  }

  // ---- words ----

  /** The agency's full name the first time, then "the force" (Border Force keeps its name). */
  private String agencyReference() {
    if (!agencyNamed || agency.type() == AgencyType.BORDER) {
      agencyNamed = true;
      return agency.fullName();
    }
    return "the force";
  }

  private static String possessive(String noun) {
    return noun + "'s";
  }

  private static String quoted(String text) {
    String words = text.strip();
    if (words.endsWith(".")) {
      words = words.substring(0, words.length() - 1);
    }
    return "\"" + words + "\"";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "a", "a and b", "a, b and c". */
  private static String joinClauses(List<String> clauses) {
    if (clauses.size() <= 1) {
      return String.join("", clauses);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
  }
}
