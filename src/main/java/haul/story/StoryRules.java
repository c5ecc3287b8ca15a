package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import haul.json.HaulJson;
import haul.reference.DrugClass;
import haul.reference.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which facts a story tells and what it warns about, read from {@code /haul/story/rules.json}:
 * the rules that pick the national drugs and a notable local one, how many regions to name, and when
 * a change in a count is large enough to be an artefact. Immutable.
 */
public record StoryRules(
    @JsonProperty("national_drugs") DrugRules nationalDrugs,
    @JsonProperty("local_drugs") DrugRules localDrugs,
    Regions regions,
    Warnings warnings,
    Angles angles,
    Reaction reaction,
    Length length,
    @JsonProperty("rounded_pairs") RoundedPairs roundedPairs,
    @JsonProperty("notes") NoteRules notes) {

  public StoryRules {
    Objects.requireNonNull(roundedPairs, "rules.json: rounded_pairs");
    Objects.requireNonNull(notes, "rules.json: notes");
  }

  /**
   * When a percentage is left out beside a pair of figures: when the change worked out from the
   * figures as printed differs from the true one by more than {@code percentTolerance} percentage
   * points ("0.2kg, down 42 per cent from 0.3kg" shows a third, not 42 per cent).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RoundedPairs(@JsonProperty("percent_tolerance") BigDecimal percentTolerance, String why) {
    public RoundedPairs {
      Objects.requireNonNull(percentTolerance, "rounded_pairs: percent_tolerance");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("rounded_pairs: says no why");
      }
    }
  }

  /**
   * How long a story may run, and what it drops, in order, when it runs longer.
   *
   * @param dropInOrder names of optional parts: {@code notable_drug}, {@code national_agency_shares},
   *     {@code previous_release_notes}
   * @param minWords a story of a record-level store shorter than this adds, in {@code fillInOrder}, the
   *     facts the store holds that it has not told (the parts of {@code tables.json}: {@code drug_seizures},
   *     {@code standing}, {@code more_drugs}, {@code local_quantity})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Length(@JsonProperty("max_words") int maxWords, @JsonProperty("drop_in_order") List<String> dropInOrder,
      @JsonProperty("min_words") int minWords, @JsonProperty("fill_in_order") List<String> fillInOrder) {
    public Length {
      dropInOrder = List.copyOf(dropInOrder);
      fillInOrder = fillInOrder == null ? List.of() : List.copyOf(fillInOrder);
    }
  }

  /**
   * Where a story tells each data-quality note on the whole release: the first rule that fits a
   * note places it; a note that fits none goes beside the national comparison. Notes on the agency
   * are told in their own paragraph after the lede.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NoteRules(@JsonProperty("release_notes") List<NotePlacement> releaseNotes) {
    public NoteRules {
      releaseNotes = List.copyOf(releaseNotes);
    }

    /** The rule that places a note on the whole release, if one fits it. */
    public Optional<NotePlacement> placement(haul.stats.Note note, haul.reference.FinancialYear told) {
      return releaseNotes.stream().filter(r -> r.fits(note, told)).findFirst();
    }
  }

  /** Where a note on the whole release is told. */
  public enum NotePlace {
    /** Beside the national comparison, the figure it qualifies. */
    @JsonProperty("national_comparison")
    NATIONAL_COMPARISON,
    /** Once, at the story's foot, with the release's source line. */
    @JsonProperty("closing")
    CLOSING
  }

  /**
   * One placement rule.
   *
   * @param words the note fits when its text or story text holds one of these (any note when empty)
   * @param year "this" for a note on the year told, "compared" for one on the year before (any when absent)
   * @param unlessTheAgencyNoteTellsIt not told when the story tells a note on its agency for the same
   *     year and this note names the agency: the agency's own note is that note told locally
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NotePlacement(String name, List<String> words, String year, NotePlace where,
      @JsonProperty("unless_the_agency_note_tells_it") boolean unlessTheAgencyNoteTellsIt,
      @JsonProperty("only_where_it_names_the_agency") boolean onlyWhereItNamesTheAgency,
      @JsonProperty("only_where_it_names_the_agency_why") String onlyWhereItNamesTheAgencyWhy, String why) {
    public NotePlacement {
      if (onlyWhereItNamesTheAgency && (onlyWhereItNamesTheAgencyWhy == null || onlyWhereItNamesTheAgencyWhy.isBlank())) {
        throw new IllegalArgumentException(name + ": a rule with only_where_it_names_the_agency says why (only_where_it_names_the_agency_why)");
      }
      words = words == null ? List.of() : List.copyOf(words);
      Objects.requireNonNull(where, name + ": where");
      if (year != null && !year.equals("this") && !year.equals("compared")) {
        throw new IllegalArgumentException(name + ": year is 'this' or 'compared', not '" + year + "'");
      }
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException(name + ": every note rule says why");
      }
    }

    boolean fits(haul.stats.Note note, haul.reference.FinancialYear told) {
      if ("this".equals(year) && !note.year().equals(told) || "compared".equals(year) && !note.year().equals(told.previous())) {
        return false;
      }
      String text = (note.text() + " " + note.storyText().orElse("")).toLowerCase(java.util.Locale.ROOT);
      return words.isEmpty() || words.stream().anyMatch(w ->
          java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(w.toLowerCase(java.util.Locale.ROOT)) + "(?![\\p{L}])")
              .matcher(text).find());
    }
  }

  /** The rules that choose the drugs a story tells, and how many it tells at most. */
  public record DrugRules(@JsonProperty("tell_at_most") int tellAtMost, List<DrugRule> rules, @JsonProperty("who_seized") WhoSeized whoSeized,
      @JsonProperty("apart_from_national") ApartFromNational apartFromNational) {
    public DrugRules {
      rules = List.copyOf(rules);
    }

    public DrugRules(int tellAtMost, List<DrugRule> rules, WhoSeized whoSeized) {
      this(tellAtMost, rules, whoSeized, null);
    }

    /**
     * Whether a local drug's change is the force's own, not the national one repeated: it moved at
     * least {@code apart_from_national.min_doublings} away from the same drug's national change (in
     * doublings, log2 of this year over last); always when there is no rule or no national change.
     */
    public boolean apartFromNational(DrugComparison local, Optional<DrugComparison> national) {
      if (apartFromNational == null || national.isEmpty() || !local.bothAboveNothing() || !national.get().bothAboveNothing()) {
        return true;
      }
      return Math.abs(local.doublings() - national.get().doublings()) >= apartFromNational.minDoublings().doubleValue();
    }

  /** How far a local drug's change must stand from the national one to be told as the force's own. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ApartFromNational(@JsonProperty("min_doublings") BigDecimal minDoublings, String why) {
    public ApartFromNational {
      Objects.requireNonNull(minDoublings, "local_drugs.apart_from_national: min_doublings");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("local_drugs.apart_from_national: says no why");
      }
    }
  }

    /** The share from which a national agency's part of a national drug figure is told beside it; empty when never. */
    public Optional<BigDecimal> whoSeizedFrom() {
      return Optional.ofNullable(whoSeized).map(WhoSeized::shareFrom);
    }
  }

  /**
   * When a police story says who seized a national drug figure: a national agency whose share of it
   * is at least {@code shareFrom} per cent is named with its share beside the figure.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record WhoSeized(@JsonProperty("share_from") BigDecimal shareFrom, String why) {
    public WhoSeized {
      Objects.requireNonNull(shareFrom, "national_drugs.who_seized: share_from");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("national_drugs.who_seized: says no why");
      }
    }
  }

  public enum Direction {
    @JsonProperty("rise")
    RISE,
    @JsonProperty("fall")
    FALL
  }

  public enum Measure {
    /** The change in the drug's own unit: only comparable within one unit. */
    @JsonProperty("change")
    CHANGE,
    @JsonProperty("percent")
    PERCENT
  }

  /**
   * One rule: the drug with the largest rise (or fall) by change or percentage, among drugs of a
   * class and unit when given, whose previous quantity is at least {@code minPrevious} in its unit.
   *
   * @param name what the rule finds, in words, as the story's facts record it
   * @param score the newsworthiness of the drug it finds; drugs are told in order of score
   * @param minPercent the smallest change, in per cent either way, the rule finds (none when null):
   *     a rise of 1 per cent is no drug story of its own
   * @param minCurrent the smallest quantity this year, by unit, the rule finds (none when null)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DrugRule(
      String name,
      Direction direction,
      Measure by,
      @JsonProperty("drug_class") String drugClass,
      String unit,
      @JsonProperty("min_previous") Map<String, BigDecimal> minPrevious,
      int score,
      @JsonProperty("min_percent") BigDecimal minPercent,
      @JsonProperty("min_current") Map<String, BigDecimal> minCurrent) {

    public DrugRule(String name, Direction direction, Measure by, String drugClass, String unit, Map<String, BigDecimal> minPrevious,
        int score) {
      this(name, direction, by, drugClass, unit, minPrevious, score, null, null);
    }

    public DrugRule {
      Objects.requireNonNull(name, "rule name");
      Objects.requireNonNull(direction, name + ": direction");
      Objects.requireNonNull(by, name + ": by");
      minPrevious = minPrevious == null ? Map.of() : Map.copyOf(minPrevious);
      minCurrent = minCurrent == null ? Map.of() : Map.copyOf(minCurrent);
      if (by == Measure.CHANGE && unit == null) {
        throw new IllegalArgumentException(name + ": a rule by change needs a unit, since quantities of different units are never compared");
      }
    }

    public Optional<DrugClass> drugClassValue() {
      return Optional.ofNullable(drugClass).map(DrugClass::fromLabel);
    }

    public Optional<Unit> unitValue() {
      return Optional.ofNullable(unit).map(Unit::fromLabel);
    }

    public BigDecimal minPrevious(Unit of) {
      return minPrevious.getOrDefault(of.label(), BigDecimal.ZERO);
    }

    /** The smallest quantity this year, in its unit, a drug the rule finds holds: nothing when none is given. */
    public BigDecimal minCurrent(Unit of) {
      return minCurrent.getOrDefault(of.label(), BigDecimal.ZERO);
    }

    public Optional<BigDecimal> minPercentValue() {
      return Optional.ofNullable(minPercent);
    }
  }

  /**
   * @param largest how many regions with the largest shares a story names
   * @param nationalAgencyMinShare a national agency's share (per cent) from which the regional
   *     paragraph names it too
   */
  public record Regions(int largest, @JsonProperty("national_agency_min_share") BigDecimal nationalAgencyMinShare) {}

  /**
   * @param countRatioBelow a count that falls below this fraction of the year before is warned about
   * @param countRatioFrom a count that rises to this multiple of the year before or more is warned about
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Warnings(
      @JsonProperty("count_ratio_below") BigDecimal countRatioBelow,
      @JsonProperty("count_ratio_from") BigDecimal countRatioFrom,
      @JsonProperty("quantity_ratio_below") BigDecimal quantityRatioBelow,
      @JsonProperty("quantity_ratio_from") BigDecimal quantityRatioFrom,
      @JsonProperty("quantity_min") Map<String, BigDecimal> quantityMin) {

    public Warnings {
      quantityMin = quantityMin == null ? Map.of() : Map.copyOf(quantityMin);
    }

    /** The size below which a quantity's swing is not warned about, in its unit. */
    public BigDecimal quantityMin(Unit of) {
      return quantityMin.getOrDefault(of.label(), BigDecimal.ZERO);
    }

    /**
     * Whether the sidecar warns about a drug quantity: it at least tripled or fell to a third or
     * less, and is large enough to matter. The warning and the headline rules ask this one question.
     */
    boolean swung(DrugComparison drug) {
      if (!drug.isComparable() || drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
        return false;
      }
      if (drug.current().get().max(drug.previous().get()).compareTo(quantityMin(drug.unit())) < 0) {
        return false;
      }
      BigDecimal ratio = haul.story.prose.ProseNumbers.ratio(drug.current().get(), drug.previous().get());
      return ratio.compareTo(quantityRatioFrom) >= 0 || ratio.compareTo(quantityRatioBelow) <= 0;
    }
  }

  /**
   * The candidate leads of a story, scored by rule; the highest leads. {@code headlineContrast}, when
   * the file sets it, gives a count-change headline its second clause.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Angles(@JsonProperty("min_score") BigDecimal minScore, List<AngleRule> rules,
      @JsonProperty("headline_contrast") HeadlineContrast headlineContrast) {
    public Angles {
      rules = List.copyOf(rules);
    }

    /** The rule of a count-change headline's second clause; empty when the file sets none. */
    public Optional<HeadlineContrast> contrast() {
      return Optional.ofNullable(headlineContrast);
    }

    /** The rule of an angle by its name in the file. */
    public AngleRule rule(String angle) {
      return rules.stream().filter(r -> r.angle().equals(angle)).findFirst()
          .orElseThrow(() -> new IllegalStateException("rules.json has no angle rule '" + angle + "'"));
    }
  }

  /**
   * When a count-change headline gains a second clause on a drug the agency's own haul of which moved
   * the other way ("Drug seizures by Kent Police fall 15 per cent as cocaine haul rises 31 per cent"):
   * a drug the story's national paragraphs tell, its quantity changed by at least {@code minPercent}
   * per cent against the count's direction, both years at least {@code minBoth} of its unit, and no
   * sidecar warning on it. Each condition says why.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HeadlineContrast(
      @JsonProperty("min_percent") BigDecimal minPercent,
      @JsonProperty("min_both") Map<String, BigDecimal> minBoth,
      String why,
      @JsonProperty("min_percent_why") String minPercentWhy,
      @JsonProperty("min_both_why") String minBothWhy,
      @JsonProperty("told_only_why") String toldOnlyWhy,
      @JsonProperty("warned_why") String warnedWhy) {
    public HeadlineContrast {
      Objects.requireNonNull(minPercent, "headline_contrast: min_percent");
      minBoth = minBoth == null ? Map.of() : Map.copyOf(minBoth);
      for (String[] said : new String[][] {{"why", why}, {"min_percent_why", minPercentWhy}, {"min_both_why", minBothWhy},
          {"told_only_why", toldOnlyWhy}, {"warned_why", warnedWhy}}) {
        if (said[1] == null || said[1].isBlank()) {
          throw new IllegalArgumentException("headline_contrast: says no " + said[0]);
        }
      }
    }

    /** The least a drug figure must be in both years for the clause (zero for a unit the rule does not name). */
    public BigDecimal minBoth(Unit of) {
      return minBoth.getOrDefault(of.label(), BigDecimal.ZERO);
    }
  }

  /**
   * How one kind of lead is scored: {@code base + perUnit * size}, at most {@code max}; a candidate
   * smaller than {@code minSize} (in the rule's unit) is not a candidate.
   *
   * @param top for the rank angle, the places from the top that may lead
   * @param minRanked for the rank angles, how many forces must have figures in both years
   * @param minOwnSize for the local drug angles, how far the local haul itself must have moved (in
   *     doublings); {@code minSize} when not given
   * @param leadsWhenWarned false when a candidate whose figure the sidecar warns about (a quantity
   *     that at least tripled or fell to a third) may not lead; {@code warnedWhy} says why
   * @param caveatWhenWarned the sentence a lede adds after a warned figure it leads on
   * @param minSizeWhenWarned the least size a warned candidate must reach to lead
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AngleRule(
      String angle,
      BigDecimal base,
      @JsonProperty("per_unit") BigDecimal perUnit,
      BigDecimal max,
      @JsonProperty("min_size") BigDecimal minSize,
      Integer top,
      @JsonProperty("min_ranked") Integer minRanked,
      @JsonProperty("min_own_size") BigDecimal minOwnSize,
      @JsonProperty("leads_when_warned") Boolean leadsWhenWarned,
      @JsonProperty("warned_why") String warnedWhy,
      String why,
      @JsonProperty("min_both") Map<String, BigDecimal> minBoth,
      @JsonProperty("min_both_why") String minBothWhy,
      @JsonProperty("with_national_trend_max") BigDecimal withNationalTrendMax,
      @JsonProperty("with_national_trend_why") String withNationalTrendWhy,
      @JsonProperty("caveat_when_warned") String caveatWhenWarned,
      @JsonProperty("min_size_when_warned") BigDecimal minSizeWhenWarned,
      @JsonProperty("min_size_when_warned_why") String minSizeWhenWarnedWhy,
      @JsonProperty("follows_from_count_max") BigDecimal followsFromCountMax,
      @JsonProperty("follows_from_count_why") String followsFromCountWhy,
      @JsonProperty("only_when_new") boolean onlyWhenNew,
      @JsonProperty("only_when_new_why") String onlyWhenNewWhy,
      @JsonProperty("in_line_within") BigDecimal inLineWithin,
      @JsonProperty("in_line_max") BigDecimal inLineMax,
      @JsonProperty("in_line_why") String inLineWhy) {

    public AngleRule {
      if ((inLineWithin == null) != (inLineMax == null)) {
        throw new IllegalArgumentException(angle + ": in_line_within and in_line_max go together");
      }
      if (inLineWithin != null && (inLineWhy == null || inLineWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with in_line_within says why (in_line_why)");
      }
      if (onlyWhenNew && (onlyWhenNewWhy == null || onlyWhenNewWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with only_when_new says why (only_when_new_why)");
      }
      if (followsFromCountMax != null && (followsFromCountWhy == null || followsFromCountWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with follows_from_count_max says why (follows_from_count_why)");
      }
      if (minSizeWhenWarned != null && (minSizeWhenWarnedWhy == null || minSizeWhenWarnedWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with min_size_when_warned says why (min_size_when_warned_why)");
      }
      if (caveatWhenWarned != null && (warnedWhy == null || warnedWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with caveat_when_warned says why (warned_why)");
      }
      if (withNationalTrendMax != null && (withNationalTrendWhy == null || withNationalTrendWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with with_national_trend_max says why (with_national_trend_why)");
      }
      minBoth = minBoth == null ? Map.of() : Map.copyOf(minBoth);
      Objects.requireNonNull(angle, "angle");
      Objects.requireNonNull(base, angle + ": base");
      Objects.requireNonNull(perUnit, angle + ": per_unit");
      Objects.requireNonNull(max, angle + ": max");
      minSize = minSize == null ? BigDecimal.ZERO : minSize;
      top = top == null ? 0 : top;
      minRanked = minRanked == null ? 0 : minRanked;
      minOwnSize = minOwnSize == null ? minSize : minOwnSize;
      leadsWhenWarned = leadsWhenWarned == null || leadsWhenWarned;
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException(angle + ": every angle rule says why");
      }
      if (!minBoth.isEmpty() && (minBothWhy == null || minBothWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule with min_both says why (min_both_why)");
      }
      if (!leadsWhenWarned && (warnedWhy == null || warnedWhy.isBlank())) {
        throw new IllegalArgumentException(angle + ": a rule that keeps warned figures out of the headline says why (warned_why)");
      }
    }

    /** The least size a candidate the sidecar warns about must reach to lead (the rule's own minimum when not given). */
    public BigDecimal minSizeWhenWarned() {
      return minSizeWhenWarned == null ? minSize : minSizeWhenWarned;
    }

    /** The sentence the lede adds after a figure the sidecar warns about, when the rule lets it lead. */
    public Optional<String> caveat() {
      return Optional.ofNullable(caveatWhenWarned);
    }

    /** The score of a candidate of this size. */
    public BigDecimal score(BigDecimal size) {
      return base.add(perUnit.multiply(size)).min(max);
    }

    /**
     * The score of a candidate that goes the way the national count went ({@code with_national_trend_max}
     * caps it, when the rule sets one): a record low in a year when seizures fell nearly everywhere is
     * the national story, not the agency's.
     */
    public BigDecimal score(BigDecimal size, boolean withNationalTrend) {
      BigDecimal score = score(size);
      return withNationalTrend && withNationalTrendMax != null ? score.min(withNationalTrendMax) : score;
    }

    /**
     * The score of a place moved that the agency's own count change explains ({@code
     * follows_from_count_max} caps it, when the rule sets one): a force whose seizures fell further
     * than the police's as a whole drops down the table because of it, and the fall is the news.
     */
    public BigDecimal scoreFollowingFromCount(BigDecimal size, boolean followsFromIt) {
      BigDecimal score = score(size);
      return followsFromIt && followsFromCountMax != null ? score.min(followsFromCountMax) : score;
    }

    /**
     * A score of an agency's change of {@code own} per cent, given the change of the total it is set
     * beside ({@code whole}): capped at {@code in_line_max} when the two are within {@code
     * in_line_within} percentage points, when the rule sets them, since a change in line with the
     * whole's is the national change seen locally.
     */
    public BigDecimal cappedInLine(BigDecimal score, BigDecimal own, Optional<BigDecimal> whole) {
      return inLine(own, whole) ? score.min(inLineMax) : score;
    }

    /** Whether a change of {@code own} per cent is within {@code in_line_within} points of the whole's. */
    public boolean inLine(BigDecimal own, Optional<BigDecimal> whole) {
      return inLineWithin != null && whole.isPresent() && own.subtract(whole.get()).abs().compareTo(inLineWithin) <= 0;
    }

    /**
     * The least a drug figure may be in both years to lead (zero when the rule sets none): a rise from
     * a few grams, or a fall to almost nothing, is more often a gap in recording than news.
     */
    public BigDecimal minBoth(Unit of) {
      return minBoth.getOrDefault(of.label(), BigDecimal.ZERO);
    }

    public boolean admits(BigDecimal size) {
      return size.compareTo(minSize) >= 0;
    }
  }

  /** Which quotes and statements a story prints, within a budget of paragraphs. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Reaction(int budget, List<ReactionRule> rules, List<Topic> topics, Replies replies) {
    public Reaction {
      rules = List.copyOf(rules);
      topics = List.copyOf(topics);
      Objects.requireNonNull(replies, "rules.json: reaction.replies");
    }

    /** The score a test adds, 0 when the file has no rule for it. */
    public int score(ReactionTest test) {
      return rules.stream().filter(r -> r.when() == test).mapToInt(ReactionRule::score).sum();
    }
  }

  /**
   * The words that mark an entry as an answer to another voice ("instead"), when the bank does not
   * say what it answers: such an entry answers the nearest entry of another voice before it in the
   * bank. A reply is printed only with the voice it answers, directly after that voice's entries;
   * with {@code balance}, a printed critic brings the reply the bank holds to it whenever both fit
   * the budget.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Replies(
      List<String> words, String why, boolean balance, @JsonProperty("balance_why") String balanceWhy,
      @JsonProperty("placed_why") String placedWhy) {
    public Replies {
      words = List.copyOf(words);
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("reaction.replies: says no why");
      }
      if (balance && (balanceWhy == null || balanceWhy.isBlank())) {
        throw new IllegalArgumentException("reaction.replies: balance says no why (balance_why)");
      }
      if (placedWhy == null || placedWhy.isBlank()) {
        throw new IllegalArgumentException("reaction.replies: says no why a reply goes directly after its voice (placed_why)");
      }
    }
  }

  /** The tests a reaction rule may name; what each adds is in the file. */
  public enum ReactionTest {
    @JsonProperty("speaker_is_the_agency")
    SPEAKER_IS_THE_AGENCY,
    @JsonProperty("fits_the_agency_type")
    FITS_THE_AGENCY_TYPE,
    @JsonProperty("fits_another_agency_type_only")
    FITS_ANOTHER_AGENCY_TYPE_ONLY,
    @JsonProperty("a_new_voice")
    A_NEW_VOICE,
    @JsonProperty("a_direct_quote")
    A_DIRECT_QUOTE,
    @JsonProperty("fits_the_angle")
    FITS_THE_ANGLE,
    @JsonProperty("names_the_lede_drug")
    NAMES_THE_LEDE_DRUG,
    @JsonProperty("names_a_drug_not_told")
    NAMES_A_DRUG_NOT_TOLD,
    @JsonProperty("fits_the_region")
    FITS_THE_REGION,
    @JsonProperty("fits_another_region_only")
    FITS_ANOTHER_REGION_ONLY
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReactionRule(ReactionTest when, int score, String why) {
    public ReactionRule {
      Objects.requireNonNull(when, "reaction rule: when");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException(when + ": every reaction rule says why");
      }
    }
  }

  /**
   * A topic an entry is about when its words hold one of {@code words} (or the bank names the
   * topic), with the agency types and the angles it fits ({@link ReactionPicker#angleKeys}: "count_fall",
   * "count_fall_sharp", "rank", "local_drug", ...).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Topic(
      String topic, List<String> words, @JsonProperty("agency_types") List<String> agencyTypes, List<String> angles, String why) {
    public Topic {
      words = List.copyOf(words);
      agencyTypes = agencyTypes == null ? List.of() : List.copyOf(agencyTypes);
      angles = angles == null ? List.of() : List.copyOf(angles);
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException(topic + ": every reaction topic says why");
      }
    }
  }

  private static final class Holder {
    static final StoryRules BUNDLED = read("rules.json");
  }

  /** The rules bundled with this build. */
  public static StoryRules bundled() {
    return Holder.BUNDLED;
  }

  private static StoryRules read(String name) {
    try (InputStream in = StoryRules.class.getResourceAsStream("/haul/story/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /haul/story/" + name);
      }
      return HaulJson.mapper().readerFor(StoryRules.class)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/" + name, e);
    }
  }
}
