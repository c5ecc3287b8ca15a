package haul.publish;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.AreaYear;
import haul.stats.Change;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bulletin's key findings, chosen by the rules of {@code haul/publish/key-findings.json}: each
 * rule gives one sentence when the release has what it needs, in the file's order, up to its
 * {@code max_findings}. A rule names a kind of finding and its thresholds; no drug, region or agency
 * is named in code or rules. Every figure is written through {@link BulletinProse}.
 */
final class KeyFindings {

  private static final String RESOURCE = "/haul/publish/key-findings.json";
  private static final String ENGLAND_AND_WALES = Area.ENGLAND_AND_WALES.code();

  private final Release release;
  private final ReferenceData reference;
  private final BulletinProse prose;
  private final BulletinCoverage coverage;

  KeyFindings(Release release, ReferenceData reference, BulletinProse prose, BulletinCoverage coverage) {
    this.release = release;
    this.reference = reference;
    this.prose = prose;
    this.coverage = coverage;
  }

  static JsonNode rules() {
    try (InputStream in = KeyFindings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return HaulJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> all() {
    JsonNode rules = rules();
    List<String> findings = new ArrayList<>();
    for (JsonNode rule : rules.path("rules")) {
      if (findings.size() >= rules.path("max_findings").asInt(8)) {
        break;
      }
      finding(rule).ifPresent(findings::add);
    }
    return findings;
  }

  private Optional<String> finding(JsonNode rule) {
    return switch (rule.path("rule").asText()) {
      case "total_change" -> totalChange();
      case "largest_quantity_change" -> largestQuantityChange(rule.path("direction").asText().equals("rise") ? 1 : -1,
          BigDecimal.valueOf(rule.path("min_percent").asDouble()));
      case "largest_seizures_change" -> largestSeizuresChange(rule.path("min_seizures").asLong(),
          rule.path("named_drugs_only").asBoolean(false));
      case "border_force_share" -> share(AgencyType.BORDER);
      case "police_share" -> policeShare();
      case "largest_region_share" -> largestRegionShare();
      case "largest_agency_change" -> largestAgencyChange(rule.path("min_seizures").asLong());
      default -> throw new IllegalStateException(RESOURCE + ": unknown rule " + rule.path("rule").asText());
    };
  }

  private AreaYear england() {
    return release.current(ENGLAND_AND_WALES).orElseThrow();
  }

  private Optional<String> totalChange() {
    Change change = release.seizuresChange(ENGLAND_AND_WALES);
    if (!change.current().isAvailable()) {
      return Optional.empty();
    }
    String now = "Police forces and Border Force made " + prose.seizures(ENGLAND_AND_WALES, change.current().get())
        + " drug seizures " + coverage.where() + " in " + release.year().prose();
    if (coverage.partial()) {
      // the totals lack agencies: the change is told over those with figures in both years
      Optional<Change> both = coverage.likeForLike().map(haul.stats.Comparison::likeForLike).filter(c -> c.percentChange().isPresent());
      if (both.isEmpty()) {
        return Optional.of(now + ".");
      }
      BigDecimal percent = both.get().percentChange().get();
      return Optional.of(now + ". Across " + coverage.compared(coverage.likeForLike().get()) + " with figures in both years, seizures "
          + BulletinProse.verb(percent.signum()) + " by " + prose.percentChange(ENGLAND_AND_WALES, percent, Optional.empty())
          + ", from " + prose.seizures(ENGLAND_AND_WALES, both.get().previous().get(), release.year().previous().label(), Optional.empty())
          + " to " + prose.seizures(ENGLAND_AND_WALES, both.get().current().get()) + ".");
    }
    if (change.percentChange().isEmpty()) {
      return Optional.of(now + ".");
    }
    BigDecimal percent = change.percentChange().get();
    return Optional.of(now + ", " + (percent.signum() < 0 ? "down " : "up ")
        + prose.percentChange(ENGLAND_AND_WALES, percent, Optional.empty()) + " on the year before ("
        + prose.seizures(ENGLAND_AND_WALES, change.previous().get(), release.year().previous().label(), Optional.empty())
        + ").");
  }

  private record QuantityChange(DrugFigures now, BigDecimal current, BigDecimal previous, BigDecimal percent) {}

  private Optional<String> largestQuantityChange(int direction, BigDecimal minPercent) {
    AreaYear before = release.previous(ENGLAND_AND_WALES).orElseThrow();
    List<QuantityChange> changes = new ArrayList<>();
    for (DrugFigures drug : england().drugs()) {
      Optional<BigDecimal> now = drug.quantity().filter(q -> q.unit() == Unit.KG).flatMap(Quantity::value);
      Optional<BigDecimal> then = before.drug(drug.drug()).flatMap(DrugFigures::quantity).flatMap(Quantity::value);
      if (coverage.partial() && now.isPresent()) {
        // over the agencies with the drug's quantity in both years, as the stories tell it
        Optional<haul.stats.QuantityChange> like = release.likeForLikeQuantity(Area.ENGLAND_AND_WALES, drug.drug());
        now = like.flatMap(haul.stats.QuantityChange::current);
        then = like.flatMap(haul.stats.QuantityChange::previous);
      }
      if (now.isPresent() && then.isPresent() && then.get().signum() > 0 && now.get().signum() > 0) {
        BigDecimal percent = now.get().subtract(then.get()).multiply(BigDecimal.valueOf(100))
            .divide(then.get(), MathContext.DECIMAL64);
        if (percent.signum() == direction && percent.abs().compareTo(minPercent) >= 0) {
          changes.add(new QuantityChange(drug, now.get(), then.get(), percent));
        }
      }
    }
    return changes.stream()
        .max(Comparator.comparing((QuantityChange c) -> c.percent().abs()).thenComparing(c -> c.now().drug(),
            Comparator.reverseOrder()))
        .map(c -> {
          String drug = c.now().drug();
          String change = prose.change(ENGLAND_AND_WALES, c.current(), c.previous(), Optional.of(drug));
          String amount = prose.quantity(ENGLAND_AND_WALES, c.current(), Unit.KG, release.year().label(), drug);
          String the = coverage.partial() ? "Over the agencies with figures for both years, the police and Border Force's quantity of "
              : "The quantity of ";
          return change.endsWith(" times")
              ? the + lower(drug) + " seized was " + change + " that of the year before: " + amount + "."
              : the + lower(drug) + " seized " + BulletinProse.verb(direction) + " by " + change
                  + ", to " + amount + ".";
        });
  }

  private Optional<String> largestSeizuresChange(long minSeizures, boolean namedOnly) {
    AreaYear before = release.previous(ENGLAND_AND_WALES).orElseThrow();
    record SeizureChange(String drug, Change change) {}
    List<SeizureChange> changes = england().drugs().stream()
        .filter(d -> d.drugClass().isPresent())
        .map(d -> new SeizureChange(d.drug(), coverage.partial()
            ? release.likeForLike(Area.ENGLAND_AND_WALES, a -> a.drug(d.drug()).map(DrugFigures::seizures).orElse(Count.notAvailable()))
                .orElseThrow()
            : new Change(d.seizures(), before.drug(d.drug()).map(DrugFigures::seizures).orElse(Count.notAvailable()))))
        .filter(c -> c.change().percentChange().isPresent() && c.change().percentChange().get().signum() != 0)
        .toList();
    Comparator<SeizureChange> bySize = Comparator.comparing((SeizureChange c) -> c.change().percentChange().get().abs())
        .thenComparing(SeizureChange::drug, Comparator.reverseOrder());
    Optional<SeizureChange> largest = changes.stream().max(bySize);
    List<String> named = england().drugs().stream().filter(d -> d.quantity().isPresent()).map(DrugFigures::drug).toList();
    return changes.stream()
        .filter(c -> c.change().previous().get() >= minSeizures)
        .filter(c -> !namedOnly || named.contains(c.drug()))
        .max(bySize)
        .map(c -> {
          BigDecimal percent = c.change().percentChange().get();
          // "the largest change of any drug" only when it is, not only among the drugs seized often
          return (coverage.partial() ? "Over the agencies with figures for both years, seizures of " : "Seizures of ")
              + lower(c.drug()) + " " + BulletinProse.verb(percent.signum()) + " by "
              + prose.percentChange(ENGLAND_AND_WALES, percent, Optional.of(c.drug())) + ", to "
              + prose.seizures(ENGLAND_AND_WALES, c.change().current().get(), release.year().label(), Optional.of(c.drug()))
              + (largest.equals(Optional.of(c)) ? ", the largest change in the number of seizures of any drug." : ".");
        });
  }

  private Optional<String> share(AgencyType type) {
    Count total = england().seizures();
    Optional<Agency> agency = reference.agencies().all().stream().filter(a -> a.type() == type).findFirst();
    if (agency.isEmpty() || !total.isAvailable() || total.get() == 0) {
      return Optional.empty();
    }
    Count seizures = release.current(agency.get().code()).map(AreaYear::seizures).orElse(Count.notAvailable());
    if (!seizures.isAvailable()) {
      return Optional.empty();
    }
    BigDecimal percent = percentOf(seizures.get(), total.get());
    return Optional.of(agency.get().fullName() + " made " + prose.share(agency.get().code(), percent, Optional.empty())
        + " of " + (coverage.partial() ? coverage.allSeizures() : "all seizures") + ".");
  }

  private Optional<String> policeShare() {
    Count total = england().seizures();
    Count police = release.current(Area.POLICE.code()).map(AreaYear::seizures).orElse(Count.notAvailable());
    if (!police.isAvailable() || !total.isAvailable() || total.get() == 0) {
      return Optional.empty();
    }
    long forces = reference.agencies().all().stream().filter(a -> a.type() == AgencyType.TERRITORIAL).count();
    if (coverage.partial()) {
      // the forces with figures, not the 43 of England and Wales
      return Optional.of("The " + coverage.territorialWithFigures() + " territorial forces and British Transport Police, the police forces"
          + " with figures, made " + prose.share(Area.POLICE.code(), percentOf(police.get(), total.get()), Optional.empty()) + " of them.");
    }
    return Optional.of("The " + forces + " police forces and British Transport Police made "
        + prose.share(Area.POLICE.code(), percentOf(police.get(), total.get()), Optional.empty()) + " of them.");
  }

  private Optional<String> largestRegionShare() {
    return release.shares().stream()
        .filter(s -> s.sharePercent().isPresent())
        .max(Comparator.comparing((RegionShare s) -> s.sharePercent().get()).thenComparing(s -> s.region().name()))
        .map(s -> regionName(s.region()) + " made the most seizures of any region, "
            + prose.share(s.region().code(), s.sharePercent().get(), Optional.empty()) + " of " + coverage.allSeizures() + ".");
  }

  private Optional<String> largestAgencyChange(long minSeizures) {
    record AgencyChange(Agency agency, Change change) {}
    List<AgencyChange> changes = reference.agencies().all().stream()
        .filter(a -> a.type() == AgencyType.TERRITORIAL)
        .map(a -> new AgencyChange(a, release.seizuresChange(a.code())))
        .filter(c -> c.change().percentChange().isPresent())
        .toList();
    Comparator<AgencyChange> bySize = Comparator.comparing((AgencyChange c) -> c.change().percentChange().get().abs())
        .thenComparing(c -> c.agency().code(), Comparator.reverseOrder());
    Optional<AgencyChange> largest = changes.stream().max(bySize);
    return changes.stream()
        .filter(c -> c.change().previous().get() >= minSeizures)
        .max(bySize)
        .map(c -> {
          BigDecimal percent = c.change().percentChange().get();
          String code = c.agency().code();
          return c.agency().fullName() + "'s seizures " + BulletinProse.verb(percent.signum()) + " by "
              + prose.percentChange(code, percent, Optional.empty()) + ", from "
              + prose.seizures(code, c.change().previous().get(), release.year().previous().label(), Optional.empty())
              + " to " + prose.seizures(code, c.change().current().get())
              + (largest.equals(Optional.of(c)) ? ", the largest change of any force." : ".");
        });
  }

  static BigDecimal percentOf(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
  }

  /** A region as a sentence names it: "London", "the East of England", "Wales". */
  static String regionName(Area region) {
    String name = region.name();
    return name.startsWith("East") || name.startsWith("West") || name.startsWith("North") || name.startsWith("South")
        ? "the " + name : name;
  }

  /** A drug's name inside a sentence: "cocaine", but "LSD", "GHB" and "Other Class A" as written. */
  static String lower(String drug) {
    if (drug.length() > 1 && Character.isUpperCase(drug.charAt(1))) {
      return drug;
    }
    return drug.startsWith("Other ") ? "other drugs of " + drug.substring(6).replace("Class", "class")
        : Character.toLowerCase(drug.charAt(0)) + drug.substring(1);
  }
}
