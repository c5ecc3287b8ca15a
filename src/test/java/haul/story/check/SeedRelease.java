package haul.story.check;

import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release built by hand with the figures of the seed article and reference-figures.md for
 * 2021/22 (Thames Valley 1,608 to 679; England and Wales 219,578 to 188,927; cocaine 11,141kg to
 * 18,767kg and ketamine 187kg to 1,837kg nationally; Thames Valley cocaine 0.2kg and no ketamine;
 * London 22%, East of England 12%, South East 9%, Border Force 11% and 91% of the cocaine; Cambridgeshire 2,810 to 2,405
 * with 13,529 cannabis plants). Figures the pages do not give (drug seizure counts, region
 * counts) are chosen to give the published shares; quantities carry the store's nine decimals.
 */
final class SeedRelease {

  static final FinancialYear YEAR = FinancialYear.parse("2021/22");
  static final long ENGLAND_AND_WALES_NOW = 188_927;

  private SeedRelease() {}

  static Release release() {
    List<AreaYear> current = new ArrayList<>();
    List<AreaYear> previous = new ArrayList<>();
    current.add(agency("thames-valley", "Thames Valley", YEAR, 679,
        kg("Cocaine", DrugClass.A, 57, "0.213000000"), kg("Ketamine", DrugClass.B, 0, "0.000000000")));
    previous.add(agency("thames-valley", "Thames Valley", YEAR.previous(), 1_608,
        kg("Cocaine", DrugClass.A, 98, "0.700000000"), kg("Ketamine", DrugClass.B, 2, "0.004000000")));
    current.add(agency("cambridgeshire", "Cambridgeshire", YEAR, 2_405,
        kg("Cocaine", DrugClass.A, 160, "34.800000000"),
        plants(13_529), kg("Herbal cannabis", DrugClass.B, 900, "219.000000000")));
    previous.add(agency("cambridgeshire", "Cambridgeshire", YEAR.previous(), 2_810,
        kg("Cocaine", DrugClass.A, 140, "1.300000000")));
    // Border Force made 91 per cent of the cocaine seized (reference-figures.md); the police the rest
    current.add(agency("border-force", "Border Force", YEAR, 20_782, kg("Cocaine", DrugClass.A, 700, "17078.000000000")));
    current.add(new AreaYear(Area.POLICE, YEAR, Count.of(ENGLAND_AND_WALES_NOW - 20_782),
        List.of(kg("Cocaine", DrugClass.A, 20_012, "1689.000000000")), Map.of()));
    previous.add(new AreaYear(Area.POLICE, YEAR.previous(), Count.of(205_734),
        List.of(kg("Cocaine", DrugClass.A, 19_000, "2012.000000000")), Map.of()));
    current.add(new AreaYear(Area.ENGLAND_AND_WALES, YEAR, Count.of(ENGLAND_AND_WALES_NOW),
        List.of(kg("Cocaine", DrugClass.A, 20_712, "18767.000000000"), kg("Ketamine", DrugClass.B, 1_100, "1837.000000000")),
        Map.of()));
    previous.add(new AreaYear(Area.ENGLAND_AND_WALES, YEAR.previous(), Count.of(219_578),
        List.of(kg("Cocaine", DrugClass.A, 19_726, "11141.000000000"), kg("Ketamine", DrugClass.B, 1_050, "187.000000000")),
        Map.of()));
    // London's seizures rose by 15.5 per cent: near enough to its 22 per cent share to be mistaken for it.
    current.add(new AreaYear(new Area(AreaType.REGION, "london", "London"), YEAR, Count.of(41_564), List.of(), Map.of()));
    previous.add(new AreaYear(new Area(AreaType.REGION, "london", "London"), YEAR.previous(), Count.of(36_000), List.of(), Map.of()));
    List<RegionShare> shares =
        List.of(share("london", "London", 41_564), share("east-of-england", "East of England", 22_671),
            share("south-east", "South East", 17_003));
    return new Release(YEAR, current, previous, shares, List.of());
  }

  static AreaYear agency(String code, String name, FinancialYear year, long seizures, DrugFigures... drugs) {
    return new AreaYear(new Area(AreaType.AGENCY, code, name), year, Count.of(seizures), List.of(drugs), Map.of());
  }

  static DrugFigures kg(String drug, DrugClass drugClass, long seizures, String kg) {
    return new DrugFigures(drug, Optional.of(drugClass), Count.of(seizures),
        Optional.of(Quantity.of(new BigDecimal(kg), Unit.KG)), Count.of(0));
  }

  static DrugFigures plants(long plants) {
    return new DrugFigures("Cannabis plants", Optional.of(DrugClass.B), Count.of(300),
        Optional.of(Quantity.of(BigDecimal.valueOf(plants), Unit.PLANTS)), Count.of(0));
  }

  static RegionShare share(String slug, String name, long seizures) {
    return new RegionShare(new Area(AreaType.REGION, slug, name), Count.of(seizures),
        Optional.of(BigDecimal.valueOf(seizures * 100).divide(BigDecimal.valueOf(ENGLAND_AND_WALES_NOW), MathContext.DECIMAL64)));
  }
}
