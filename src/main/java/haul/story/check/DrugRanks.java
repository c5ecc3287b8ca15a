package haul.story.check;

import haul.reference.DrugCatalogue;
import haul.stats.Area;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks among drugs, judged against the release: "cannabis was the drug the force seized most
 * often" (the area's drug with the most seizures this year) and "the largest rise of any drug" (the
 * largest change in per cent, of seizures or of the quantity, since the words do not say which; the
 * largest fall likewise). The drug ranked is the one named nearest the words, the area the one the
 * sentence names nearest them (else the story's agency, else England and Wales). Drugs are ranked
 * as a story names them: catalogue rows, not classes or the "Other" and "Unknown" buckets, with
 * "cannabis" as all cannabis against the other drugs. A wrong drug contradicts: the rank's figure
 * when the sentence has one for that drug, else the rank's own words. Linear in the sentence.
 */
final class DrugRanks {

  private static final Pattern MOST_OFTEN = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:the\\s+drug\\s+(?:that\\s+)?(?:[\\p{L}]+\\s+){0,4}?seized\\s+most\\s+(?:often|frequently)"
          + "|the\\s+most[- ](?:often|frequently|commonly)[- ]seized\\s+drug)(?![\\p{L}])");
  private static final Pattern LARGEST_CHANGE = Pattern.compile(
      "(?i)(?<![\\p{L}])the\\s+(?:largest|biggest|greatest|steepest|sharpest)\\s+(?:(rise|increase)|(fall|drop|decrease))"
          + "\\s+of\\s+any\\s+drug(?![\\p{L}])");

  private enum Kind { MOST_OFTEN, LARGEST_RISE, LARGEST_FALL }

  private final FactBook facts;
  private final String year;
  private final String previousYear;

  DrugRanks(FactBook facts, haul.reference.FinancialYear year) {
    this.facts = facts;
    this.year = year.label();
    this.previousYear = year.previous().label();
  }

  /**
   * The sentence's verdicts with its drug ranks judged.
   *
   * @param drugs the drugs the sentence names; {@code areas} the areas it names
   */
  List<Finding> judge(Paragraph paragraph, int from, int to, List<Mention> drugs, List<Mention> areas,
      Optional<String> storyAgency, List<Finding> verdicts) {
    String text = paragraph.unquoted().substring(from, to);
    List<Finding> judged = new ArrayList<>(verdicts);
    for (Pattern pattern : List.of(MOST_OFTEN, LARGEST_CHANGE)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Kind kind = pattern == MOST_OFTEN ? Kind.MOST_OFTEN : m.group(1) != null ? Kind.LARGEST_RISE : Kind.LARGEST_FALL;
        int start = paragraph.start() + from + m.start();
        int end = paragraph.start() + from + m.end();
        Optional<Mention> drug = Mentions.nearest(drugs, start, end);
        String area = Mentions.nearest(areas, start, end).map(a -> a.codes().iterator().next())
            .filter(code -> !code.equals(Lexicon.NO_AGENCY))
            .orElse(storyAgency.orElse(Area.ENGLAND_AND_WALES.code()));
        if (drug.isPresent()) {
          judgeOne(kind, new Span(start, end, paragraph.number(), text.substring(m.start(), m.end())), drug.get().codes(), area,
              judged);
        }
      }
    }
    return judged;
  }

  private void judgeOne(Kind kind, Span span, Set<String> codes, String area, List<Finding> judged) {
    // "cannabis" is all cannabis, ranked against the drugs outside it; a single drug among single drugs
    String claimed = codes.size() > 1 && codes.contains(DrugCatalogue.ALL_CANNABIS) ? DrugCatalogue.ALL_CANNABIS
        : codes.size() == 1 ? codes.iterator().next() : null;
    if (claimed == null) {
      return;
    }
    List<Series> pool = facts.series(area).stream()
        .filter(s -> s.drug().isPresent() && Lexicon.isNamedInProse(s.drug().get()) && !s.drug().get().startsWith(FactBook.CLASS))
        .filter(s -> claimed.equals(DrugCatalogue.ALL_CANNABIS)
            ? s.drug().get().equals(claimed) || !codes.contains(s.drug().get())
            : !s.drug().get().equals(DrugCatalogue.ALL_CANNABIS))
        .toList();
    // each order a rank's words may mean: the most seizures, or the largest change in seizures or in quantity
    List<List<Series>> orders = new ArrayList<>();
    if (kind == Kind.MOST_OFTEN) {
      orders.add(ordered(pool.stream().filter(s -> !s.isQuantity()).toList(), s -> s.current(), true));
    } else {
      boolean rise = kind == Kind.LARGEST_RISE;
      for (boolean quantity : new boolean[] {false, true}) {
        orders.add(ordered(pool.stream().filter(s -> s.isQuantity() == quantity).toList(), Series::percentChange, rise)
            .stream().filter(s -> s.percentChange().orElseThrow().signum() == (rise ? 1 : -1)).toList());
      }
    }
    orders.removeIf(List::isEmpty);
    if (orders.isEmpty() || pool.stream().noneMatch(s -> s.drug().get().equals(claimed))) {
      return;
    }
    // the message names the measure that makes the rank true ("in quantity"), or each measure's top drug when none does
    Optional<Series> making = orders.stream().map(o -> o.get(0)).filter(s -> s.drug().get().equals(claimed)).findFirst();
    boolean right = making.isPresent();
    Series top = making.orElse(orders.get(0).get(0));
    List<String> tops = orders.stream().map(o -> truth(kind, o.get(0), false)).toList();
    // "morphine had the largest rise of any drug in the number of seizures (...), and ketamine in the quantity seized (...)"
    String truth = right ? truth(kind, top, false) : orders.size() == 1 ? tops.get(0)
        : tops.get(0) + ", and " + truth(kind, orders.get(1).get(0), true);
    int figure = figureOf(judged, claimed, area);
    Claim claim = new Claim(Optional.of(area), "rank", Optional.of(claimed), Optional.of(year), Optional.empty(),
        BigDecimal.ONE, "rank", "none", true);
    if (figure >= 0) {
      if (!right) {
        Finding matched = judged.get(figure);
        judged.set(figure, new Finding(FindingKind.CONTRADICTED, matched.span(), matched.fact(),
            Optional.of(RightValues.drugWord(top.drug().get())), "its figure is right (" + matched.message()
                + "), but " + RightValues.drugWord(claimed) + " is told as " + span.text() + ": " + truth,
            matched.claim()));
      }
    } else {
      judged.add(new Finding(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED, span, Optional.empty(),
          right ? Optional.empty() : Optional.of(RightValues.drugWord(top.drug().get())),
          right ? truth : "told of " + RightValues.drugWord(claimed) + ", but " + truth, Optional.of(claim)));
    }
  }

  private static List<Series> ordered(List<Series> series, java.util.function.Function<Series, Optional<BigDecimal>> value,
      boolean largestFirst) {
    Comparator<Series> order = Comparator.comparing(s -> value.apply(s).orElseThrow());
    return series.stream().filter(s -> value.apply(s).isPresent())
        .sorted(largestFirst ? order.reversed() : order).toList();
  }

  /** "cocaine had the largest rise of any drug in quantity (Kent Police, 2020/21 to 2021/22: up 250 per cent)". */
  private String truth(Kind kind, Series top, boolean alsoSaid) {
    String name = RightValues.drugWord(top.drug().get());
    String where = top.areaName();
    if (kind == Kind.MOST_OFTEN) {
      return name + " was the drug seized most often (" + where + ", " + year + ": "
          + FigureValues.seizures(top.current().orElseThrow().longValue()) + ")";
    }
    BigDecimal change = top.percentChange().orElseThrow();
    String size = haul.story.prose.ProseNumbers.format(
        haul.story.prose.ProseNumbers.written(haul.story.prose.ProseRule.WHOLE_PERCENT, change.abs()));
    return name + (alsoSaid ? " " : " had the largest " + (kind == Kind.LARGEST_RISE ? "rise" : "fall") + " of any drug ")
        + (top.isQuantity() ? "in the quantity seized" : "in the number of seizures") + " (" + where + ", "
        + previousYear + " to " + year + ": " + (change.signum() < 0 ? "down " : "up ") + size + ")";
  }

  /** The matched figure of the ranked drug in the sentence's verdicts, or -1. */
  private static int figureOf(List<Finding> verdicts, String drug, String area) {
    for (int i = 0; i < verdicts.size(); i++) {
      Finding f = verdicts.get(i);
      if (f.kind() == FindingKind.MATCHED && f.fact().isPresent() && f.fact().get().drug().equals(Optional.of(drug))
          && f.fact().get().areaCode().equals(area)) {
        return i;
      }
    }
    return -1;
  }
}
