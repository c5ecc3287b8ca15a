package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.join;

import haul.reference.FinancialYear;
import haul.stats.Area;
import haul.stats.Comparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a total is called, by the wording rules of {@code coverage.json}, for every writer that names
 * one: the stories ({@link TotalWords}), the bulletin, the charts and the dashboard. A total whose
 * agencies are all in the figures is called by its name ("England and Wales"); one that lacks
 * agencies is "the seizures in these tables", its like-for-like change is over "the 38 police forces
 * and Border Force" with figures in both years, and sentences say which agencies are missing ("The
 * Welsh forces are missing from these tables."). Immutable; the rules are read once.
 */
public final class TotalNames {

  private static final TotalNames BUNDLED = new TotalNames(CoverageRules.bundled());

  private final CoverageRules rules;

  TotalNames(CoverageRules rules) {
    this.rules = rules;
  }

  /** The names by the bundled {@code coverage.json}. */
  public static TotalNames bundled() {
    return BUNDLED;
  }

  /** A total's name when complete: "England and Wales", "the police as a whole". */
  public String complete(Area total) {
    return rules.total(total.code()).complete();
  }

  /** What a share is of: "all seizures in England and Wales", or "the seizures in these tables" when the national total lacks agencies. */
  public String shareOf(boolean partial) {
    return rules.words(partial ? "share_of_seizures" : "share_of_seizures_complete", Map.of());
  }

  /** Where seizures were made: "in England and Wales", or "in these tables" when the national total lacks agencies. */
  public String where(boolean partial) {
    return rules.words(partial ? "seizures_where" : "seizures_where_complete", Map.of());
  }

  /**
   * The agencies a total's like-for-like change is over, as {@code coverage.json} counts them: with
   * {@code counted_as} (England and Wales counted as the police), the number of the counted total's
   * members compared and who else is in ("38", "police forces and Border Force").
   *
   * @param counted the comparison of the total the rules count this one as, when there is one
   */
  public Compared compared(Comparison total, Optional<Comparison> counted) {
    CoverageRules.Total rule = rules.total(total.area().code());
    int count = total.compared().size();
    String members = rule.members();
    if (rule.countedAs() != null && counted.isPresent() && counted.get().area().code().equals(rule.countedAs())) {
      members = counted.get().compared().size() < count ? rule.members() : rule.membersWhenOnlyCounted();
      count = counted.get().compared().size();
    }
    return new Compared(count, members);
  }

  /** The code of the total {@code total} is counted as ("police" for England and Wales), if the rules count it as another. */
  public Optional<String> countedAs(Area total) {
    return Optional.ofNullable(rules.total(total.code()).countedAs());
  }

  /**
   * How many agencies a like-for-like change is over, and what they are called.
   *
   * @param members "police forces and Border Force"
   */
  public record Compared(int count, String members) {

    /** "the 38 police forces and Border Force" (the number as house style writes numbers: in words to nine). */
    public String text() {
      return "the " + number(count) + " " + members;
    }

    /** A number of agencies in house style: in words to nine, in figures from 10. */
    static String number(int n) {
      return n < 10 ? haul.story.prose.ProseNumbers.words(n) : haul.story.prose.ProseNumbers.count(n);
    }
  }

  /** "Across the 38 police forces and Border Force with figures in both years, ". */
  public String across(Compared compared) {
    return across(Compared.number(compared.count()), compared.members());
  }

  /** "Across the 38 police forces and Border Force with figures in both years, ", the number as given. */
  public String across(String count, String members) {
    return rules.words("compared_over", Map.of("count", count, "members", members));
  }

  /**
   * The sentences that say which agencies a total lacks: "The Welsh forces are missing from these
   * tables. Bedfordshire Police and Hampshire Constabulary have no figures for the year to March 2015,
   * so they are left out of the comparison." Empty when none is missing.
   *
   * @param names every agency's full name by code
   * @param regionOf every agency's region by code (national agencies have none)
   */
  public String missing(Comparison c, FinancialYear year, Map<String, String> names, Map<String, String> regionOf) {
    if (!c.lacksAgencies()) {
      return "";
    }
    List<String> sentences = new ArrayList<>();
    List<String> both = c.withoutBoth();
    Optional<CoverageRules.MissingRegion> region = wholeRegion(both, regionOf);
    if (region.isPresent()) {
      sentences.add(region.get().forces() + " " + region.get().verb() + ".");
    } else if (!both.isEmpty()) {
      sentences.add(rules.words("missing_both", agreement(both, names, Map.of())));
    }
    if (!c.leftOutWithoutPrevious().isEmpty()) {
      sentences.add(rules.words("missing_one", agreement(c.leftOutWithoutPrevious(), names, Map.of("year", year.previous().prose()))));
    }
    if (!c.leftOutWithoutCurrent().isEmpty()) {
      sentences.add(rules.words("missing_one", agreement(c.leftOutWithoutCurrent(), names, Map.of("year", year.prose()))));
    }
    return String.join(" ", sentences);
  }

  /** The values a sentence on some agencies agrees with: their names, "has" or "have", "it is" or "they are". */
  static Map<String, String> agreement(List<String> codes, Map<String, String> names, Map<String, String> more) {
    Map<String, String> values = new HashMap<>(more);
    values.put("Names", capitalise(join(codes.stream().map(c -> names.getOrDefault(c, c)).toList())));
    values.put("have", codes.size() == 1 ? "has" : "have");
    values.put("they are", codes.size() == 1 ? "it is" : "they are");
    return values;
  }

  /** The region whose forces are exactly the agencies missing in both years, when one is and the rules name it. */
  private Optional<CoverageRules.MissingRegion> wholeRegion(List<String> missing, Map<String, String> regionOf) {
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String region = regionOf.get(missing.get(0));
    if (region == null) {
      return Optional.empty();
    }
    List<String> forces = regionOf.entrySet().stream().filter(e -> e.getValue().equals(region)).map(Map.Entry::getKey).toList();
    return forces.size() == missing.size() && missing.containsAll(forces) ? rules.missingRegion(region) : Optional.empty();
  }
}
