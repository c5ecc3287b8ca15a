package haul.story;

import haul.reference.Agency;
import haul.reference.DrugCatalogue;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Note;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Release} built by hand, for story tests: only the areas and drugs a test names. An area
 * never given seizures for a year is absent from that year (not available).
 */
final class TestRelease {

  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final String NATIONAL = Area.ENGLAND_AND_WALES.code();

  private final FinancialYear year;
  private final Map<String, Long> current = new LinkedHashMap<>();
  private final Map<String, Long> previous = new LinkedHashMap<>();
  private final Map<String, Map<String, BigDecimal[]>> quantities = new LinkedHashMap<>();
  private final List<RegionShare> shares = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  private TestRelease(FinancialYear year) {
    this.year = year;
  }

  static TestRelease of(String year) {
    return new TestRelease(FinancialYear.parse(year));
  }

  /** The seed's figures: Thames Valley and England and Wales for 2021/22 (reference-figures.md). */
  static TestRelease seed() {
    return of("2021/22")
        .seizures(NATIONAL, 188_927L, 219_578L)
        .quantity(NATIONAL, "Cocaine", "18767", "11141")
        .quantity(NATIONAL, "Ketamine", "1837", "187")
        .quantity(NATIONAL, "Heroin", "1412", "1972")
        .quantity(NATIONAL, "Herbal cannabis", "35436", "17155")
        .quantity(NATIONAL, "Ecstasy", "300000", "280000")
        .seizures("thames-valley", 679L, 1_608L)
        .quantity("thames-valley", "Cocaine", "0.2", "0.4")
        .quantity("thames-valley", "Ketamine", "0", "0")
        .seizures("border-force", 20_782L, 19_000L)
        .quantity("border-force", "Cocaine", "17078", "9000")
        .quantity("border-force", "Ketamine", "1672", "150")
        .seizures("british-transport-police", 1_134L, 1_200L)
        .quantity("british-transport-police", "Cocaine", "3.1", "2.5")
        .quantity("british-transport-police", "Ketamine", "0.04", "0.1")
        .share("London", 41_564, "22.0")
        .share("East of England", 22_671, "12.0")
        .share("South East", 17_003, "9.0")
        .share("North West", 15_114, "8.0")
        .share("Wales", 9_446, "5.0");
  }

  /** Seizures this year and last; null for not available. */
  TestRelease seizures(String area, Long thisYear, Long lastYear) {
    if (thisYear != null) {
      current.put(area, thisYear);
    } else {
      current.remove(area);
    }
    if (lastYear != null) {
      previous.put(area, lastYear);
    } else {
      previous.remove(area);
    }
    return this;
  }

  TestRelease quantity(String area, String drug, String thisYear, String lastYear) {
    quantities.computeIfAbsent(area, a -> new LinkedHashMap<>())
        .put(drug, new BigDecimal[] {thisYear == null ? null : new BigDecimal(thisYear), lastYear == null ? null : new BigDecimal(lastYear)});
    return this;
  }

  TestRelease share(String region, long seizures, String percent) {
    shares.add(new RegionShare(new Area(AreaType.REGION, Region.slugOf(region), region), Count.of(seizures), Optional.of(new BigDecimal(percent))));
    return this;
  }

  TestRelease note(String agencyCode, String text) {
    notes.add(new Note(year, Optional.ofNullable(agencyCode), text));
    return this;
  }

  /** A note with its prose form for stories. */
  TestRelease note(String agencyCode, String text, String storyText) {
    notes.add(new Note(year, Optional.ofNullable(agencyCode), text, Optional.of(storyText)));
    return this;
  }

  /** A note on the year before. */
  TestRelease previousYearNote(String agencyCode, String text, String storyText) {
    notes.add(new Note(year.previous(), Optional.ofNullable(agencyCode), text, Optional.ofNullable(storyText)));
    return this;
  }

  Release build() {
    return new Release(year, areas(current, year, 0), areas(previous, year.previous(), 1), shares, notes);
  }

  private List<AreaYear> areas(Map<String, Long> seizures, FinancialYear of, int which) {
    List<AreaYear> areas = new ArrayList<>();
    seizures.forEach((code, count) -> areas.add(new AreaYear(area(code), of, Count.of(count), drugs(code, of, which), Map.of())));
    return areas;
  }

  private List<DrugFigures> drugs(String code, FinancialYear of, int which) {
    DrugCatalogue catalogue = REFERENCE.drugs();
    List<DrugFigures> drugs = new ArrayList<>();
    quantities.getOrDefault(code, Map.of()).forEach((name, values) -> {
      var drug = catalogue.require(name);
      BigDecimal value = values[which];
      Quantity quantity = value == null ? Quantity.notAvailable(drug.unit().orElseThrow()) : Quantity.of(value, drug.unit().orElseThrow());
      Count seizures = value == null ? Count.notAvailable() : Count.of(value.signum() == 0 ? 0 : 1);
      drugs.add(new DrugFigures(name, catalogue.classInYear(name, of), seizures, Optional.of(quantity), Count.of(0)));
    });
    return drugs;
  }

  private static Area area(String code) {
    if (code.equals(NATIONAL)) {
      return Area.ENGLAND_AND_WALES;
    }
    Agency agency = REFERENCE.agencies().require(code);
    return new Area(AreaType.AGENCY, code, agency.shortName());
  }
}
