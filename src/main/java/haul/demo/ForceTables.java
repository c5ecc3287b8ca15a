package haul.demo;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The real Home Office force tables of 2012/13 to 2015/16 ({@code force_tables.csv}), which give
 * each demo agency its own trend and drug mix. A demo year reads the table {@link #YEARS_BACK} years
 * before it (2021/22 reads 2015/16). Every figure here is relative, so the published national
 * figures stay exact: each factor only says how an agency differs from the police forces as a whole.
 *
 * <ul>
 *   <li>{@link #seizureRatio}: the agency's seizures in the table year before over those of the table
 *       year; the demo's year before shares its total in proportion to this year's figure times it;
 *   <li>{@link #seizureFactor}: the share of the agency's drug seizures that were of a drug (its
 *       group, "All cannabis", where the table has no row of the drug) over that share for all the
 *       table's agencies (Border Force included, as in the national mix it weights);
 *   <li>{@link #quantityFactor}: the agency's quantity per seizure of a drug over the police forces'
 *       (Border Force's very large seizures left out: they are not a police force's), kept between
 *       a third and three times ({@link #QUANTITY_FACTOR_LIMIT}).
 * </ul>
 *
 * Both per-drug factors are the agency's figure over all four table years, moved towards the
 * table year's own by the square root of their ratio and at most {@link #DRIFT_LIMIT} times either
 * way: a force keeps its own profile from one demo year to the next and drifts with its real
 * years, but a drug it seized a few times a year, or one exceptional real seizure, does not make
 * its year triple and fall back (a table year's own ratio swung ninefold for some forces).
 * </ul>
 *
 * An agency missing from a table year takes its figures from the nearest year it is in (the later
 * on a tie); an agency in no table takes its proxy's figures ({@code force_proxies.csv}), or else
 * the national ones (every factor 1).
 */
public final class ForceTables {

  /** The demo's years read the force tables of this many years before (2021/22: 2015/16). */
  public static final int YEARS_BACK = 6;

  static final int FIRST_TABLE_YEAR = 2013;
  static final int LAST_TABLE_YEAR = 2016;

  /** The most a quantity per seizure may differ from the national one, either way. */
  static final BigDecimal QUANTITY_FACTOR_LIMIT = BigDecimal.valueOf(3);

  /** The most a table year's own figure may move a force's four-year one (seizure or quantity factor), either way. */
  static final BigDecimal DRIFT_LIMIT = new BigDecimal("1.25");

  static final String ALL_DRUGS = "All drugs";

  /** The resource's header comment, which ForceTablesTest writes with the rows it derives. */
  static final List<String> HEADER_COMMENT =
      List.of(
          "# Every force's seizures and quantities by drug, 2012/13 to 2015/16, from the Home Office force tables",
          "# (Seizures of drugs in England and Wales, local_resolution/seizures/SeizuresYY-YY.csv and",
          "# quantities/QuantitiesYY-YY.csv; contains public sector information licensed under the Open Government",
          "# Licence v3.0, Crown copyright, Home Office). Read by haul's own table rules (table-mapping.csv,",
          "# table-errata.csv): quantities in the catalogue unit (doses, not thousands); blank: not available.",
          "# item: a catalogue drug, the group All cannabis or the total All drugs; class totals are left out.",
          "# Derived once by ForceTablesTest, which checks it against the tables; the demo reads it (ForceTables).");

  private record Key(int year, String agency, String item) {}

  private final Map<Key, BigDecimal> seizures = new HashMap<>();
  private final Map<Key, BigDecimal> quantities = new HashMap<>();
  private final Map<Integer, Map<String, BigDecimal[]>> totals = new HashMap<>();
  private final Map<Integer, TreeSet<String>> agenciesByYear = new HashMap<>();
  private final Map<Key, BigDecimal> lines = new HashMap<>();
  private final Map<String, String> proxies;
  private final Map<String, BigDecimal> variations;
  private final SortedSet<FinancialYear> years = new TreeSet<>();

  private ForceTables(
      List<NamedCsvRecord> rows, Map<String, String> proxies, Map<String, BigDecimal> variations, java.util.Set<String> border) {
    this.proxies = Map.copyOf(proxies);
    this.variations = Map.copyOf(variations);
    for (NamedCsvRecord r : rows) {
      FinancialYear year = FinancialYear.parse(r.getField("financial_year"));
      years.add(year);
      Key key = new Key(year.endYear(), r.getField("agency_code"), r.getField("item"));
      agenciesByYear.computeIfAbsent(key.year(), y -> new TreeSet<>()).add(key.agency());
      BigDecimal[] total =
          totals.computeIfAbsent(key.year(), y -> new HashMap<>())
              .computeIfAbsent(key.item(), i -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      // total: [0] seizures of every agency in the table (the national mix includes Border Force),
      // [1] seizures and [2] quantities of the police forces (Border Force's very large seizures left out)
      boolean police = !border.contains(key.agency());
      DemoTable.optionalDecimal(r, "seizures").ifPresent(v -> {
        seizures.put(key, v);
        total[0] = total[0].add(v);
        if (!key.item().equals(ALL_DRUGS)) {
          lines.merge(new Key(key.year(), key.agency(), ""), v, BigDecimal::add);
          lines.merge(new Key(key.year(), "", ""), v, BigDecimal::add);
        }
        if (police) {
          total[1] = total[1].add(v);
        }
      });
      DemoTable.optionalDecimal(r, "quantity").ifPresent(v -> {
        quantities.put(key, v);
        if (police) {
          total[2] = total[2].add(v);
        }
      });
    }
  }

  /** The bundled tables and proxies. */
  public static ForceTables bundled(ReferenceData reference) {
    Map<String, String> proxies = new HashMap<>();
    Map<String, BigDecimal> variations = new HashMap<>();
    for (NamedCsvRecord r : DemoTable.load("force_proxies.csv")) {
      reference.agencies().require(r.getField("agency_code"));
      proxies.put(r.getField("agency_code"), reference.agencies().require(r.getField("like")).code());
      BigDecimal variation = new BigDecimal(r.getField("variation").strip());
      if (variation.signum() < 0 || variation.compareTo(BigDecimal.ONE) >= 0) {
        throw new IllegalStateException("force_proxies.csv, row of " + r.getField("agency_code") + ", column variation: " + variation + " is not from 0 to under 1");
      }
      variations.put(r.getField("agency_code"), variation);
    }
    java.util.Set<String> border =
        reference.agencies().all().stream()
            .filter(a -> a.type() == haul.reference.AgencyType.BORDER)
            .map(haul.reference.Agency::code)
            .collect(java.util.stream.Collectors.toSet());
    return new ForceTables(DemoTable.load("force_tables.csv"), proxies, variations, border);
  }

  /** The table year a demo year reads. */
  public static FinancialYear tableYear(FinancialYear demoYear) {
    return new FinancialYear(demoYear.endYear() - YEARS_BACK);
  }

  public SortedSet<FinancialYear> years() {
    return years;
  }

  /** The agency whose rows stand for this one: itself, its proxy, or none (national figures). */
  public Optional<String> source(String agency) {
    if (agenciesByYear.values().stream().anyMatch(s -> s.contains(agency))) {
      return Optional.of(agency);
    }
    return Optional.ofNullable(proxies.get(agency));
  }

  /** Whether the agency takes another's rows ({@code force_proxies.csv}) rather than its own. */
  public boolean proxied(String agency) {
    return source(agency).map(s -> !s.equals(agency)).orElse(false);
  }

  /**
   * A proxied agency's own variation on its proxy's figures for a drug (or pair, {@code key}) in a
   * demo year: 1 - v to 1 + v ({@code force_proxies.csv} "variation") from a fixed hash of the names,
   * the same on every run; 1 for any other agency. A Welsh force is like its neighbour, not a copy.
   */
  public BigDecimal variation(String agency, String key, FinancialYear demoYear) {
    BigDecimal v = variations.get(agency);
    if (v == null || !proxied(agency)) {
      return BigDecimal.ONE;
    }
    long hash = 1_125_899_906_842_597L;
    for (char c : (agency + "|" + key + "|" + demoYear.endYear()).toCharArray()) {
      hash = 31 * hash + c;
    }
    double uniform = new java.util.SplittableRandom(hash).nextDouble();
    return BigDecimal.ONE.add(v.multiply(BigDecimal.valueOf(2 * uniform - 1), MathContext.DECIMAL64));
  }

  /** Seizures in the table year before over seizures in the table year; 1 without figures. */
  public BigDecimal seizureRatio(String agency, FinancialYear demoYear) {
    int year = tableYear(demoYear).endYear();
    Optional<BigDecimal> now = source(agency).flatMap(a -> cell(seizures, a, ALL_DRUGS, year));
    Optional<BigDecimal> before = source(agency).flatMap(a -> cell(seizures, a, ALL_DRUGS, year - 1));
    if (now.isEmpty() || before.isEmpty() || now.get().signum() == 0) {
      return BigDecimal.ONE;
    }
    return before.get().divide(now.get(), MathContext.DECIMAL64);
  }

  /**
   * How much more often than all the table's agencies this one seized the drug, of all its drug
   * seizures: over all the table years together, moved towards the table year's own figure as
   * {@link #quantityFactor} is ({@link #drifted}); 1 without figures. A drug a force seizes a few
   * times a year in the tables would otherwise triple and fall back from one demo year to the next.
   */
  public BigDecimal seizureFactor(String agency, Drug drug, FinancialYear demoYear) {
    Optional<String> source = source(agency);
    if (source.isEmpty()) {
      return BigDecimal.ONE;
    }
    BigDecimal[] pooled = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (int year = FIRST_TABLE_YEAR; year <= LAST_TABLE_YEAR; year++) {
      Optional<BigDecimal[]> counts = seizureCounts(source.get(), drug, year, false);
      if (counts.isPresent()) {
        for (int k = 0; k < 4; k++) {
          pooled[k] = pooled[k].add(counts.get()[k]);
        }
      }
    }
    if (pooled[1].signum() == 0 || pooled[2].signum() == 0) {
      return BigDecimal.ONE;
    }
    Optional<BigDecimal> own =
        seizureCounts(source.get(), drug, tableYear(demoYear).endYear(), true).filter(c -> c[1].signum() > 0 && c[2].signum() > 0).map(ForceTables::frequency);
    return drifted(frequency(pooled), own);
  }

  /** own / own lines over all / all lines. */
  private static BigDecimal frequency(BigDecimal[] c) {
    return c[0].multiply(c[3]).divide(c[1].multiply(c[2]), MathContext.DECIMAL64);
  }

  /**
   * The agency's seizures of the drug's row, its drug lines, everyone's seizures of the row and
   * everyone's lines in a table year (the nearest year the agency is in when {@code nearest}).
   */
  private Optional<BigDecimal[]> seizureCounts(String source, Drug drug, int year, boolean nearest) {
    int held = nearest ? nearestYear(source, year) : year;
    if (!seizures.containsKey(new Key(held, source, ALL_DRUGS))) {
      return Optional.empty();
    }
    Optional<String> item = seizureItem(drug, held);
    if (item.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> own = Optional.ofNullable(seizures.get(new Key(held, source, item.get())));
    BigDecimal all = totals.get(held).get(item.get())[0];
    if (own.isEmpty() || all.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal[] {own.get(), lines(held, Optional.of(source)), all, lines(held, Optional.empty())});
  }

  /**
   * A four-year figure moved towards one year's own by the square root of their ratio, at most
   * {@link #DRIFT_LIMIT} times either way.
   */
  private static BigDecimal drifted(BigDecimal pooled, Optional<BigDecimal> own) {
    if (own.isEmpty() || own.get().signum() <= 0 || pooled.signum() <= 0) {
      return pooled;
    }
    BigDecimal drift = own.get().divide(pooled, MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
    BigDecimal least = BigDecimal.ONE.divide(DRIFT_LIMIT, MathContext.DECIMAL64);
    return pooled.multiply(drift.max(least).min(DRIFT_LIMIT), MathContext.DECIMAL64);
  }

  /**
   * The agency's quantity per seizure of the drug over the police forces': its figure over all the
   * table years ({@link #pooledSize}), moved towards the table year's own figure by the square root
   * of their ratio, at most {@link #DRIFT_LIMIT} times either way, and the whole kept within {@link
   * #QUANTITY_FACTOR_LIMIT}; 1 without figures. So a force keeps its own size of haul from year to
   * year and drifts with its real years, but one exceptional real seizure does not make or unmake
   * a demo year (a year's own ratio swung ninefold between some forces' table years).
   */
  public BigDecimal quantityFactor(String agency, Drug drug, FinancialYear demoYear) {
    Optional<BigDecimal> pooled = pooledSize(agency, drug);
    if (pooled.isEmpty()) {
      return BigDecimal.ONE;
    }
    BigDecimal factor = drifted(pooled.get(), size(agency, drug, tableYear(demoYear).endYear()));
    BigDecimal floor = BigDecimal.ONE.divide(QUANTITY_FACTOR_LIMIT, MathContext.DECIMAL64);
    return factor.max(floor).min(QUANTITY_FACTOR_LIMIT);
  }

  /** The agency's quantity per seizure over the police forces' in one table year, unlimited. */
  private Optional<BigDecimal> size(String agency, Drug drug, int year) {
    Optional<String> source = source(agency);
    Optional<String> item = seizureItem(drug, year);
    if (source.isEmpty() || item.isEmpty() || drug.isCountOnly()) {
      return Optional.empty();
    }
    int held = nearestYear(source.get(), year);
    Optional<BigDecimal> quantity = cell(quantities, source.get(), drug.name(), held);
    Optional<BigDecimal> count = cell(seizures, source.get(), item.get(), held);
    BigDecimal[] drugTotal = totals.get(held).get(drug.name());
    BigDecimal policeCount = totals.get(held).get(item.get())[1];
    if (quantity.isEmpty() || count.isEmpty() || count.get().signum() == 0 || drugTotal == null
        || drugTotal[2].signum() == 0 || policeCount.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        quantity.get().multiply(policeCount).divide(count.get().multiply(drugTotal[2]), MathContext.DECIMAL64));
  }

  /**
   * The agency's quantity per seizure of the drug over the police forces' over all the table years
   * together (its quantities over its seizures, theirs over theirs, in the years it has both).
   */
  Optional<BigDecimal> pooledSize(String agency, Drug drug) {
    Optional<String> source = source(agency);
    if (source.isEmpty() || drug.isCountOnly()) {
      return Optional.empty();
    }
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (int year = FIRST_TABLE_YEAR; year <= LAST_TABLE_YEAR; year++) {
      Optional<String> item = seizureItem(drug, year);
      Key own = new Key(year, source.get(), drug.name());
      BigDecimal[] drugTotal = totals.getOrDefault(year, Map.of()).get(drug.name());
      if (item.isEmpty() || drugTotal == null || !quantities.containsKey(own)
          || !seizures.containsKey(new Key(year, source.get(), item.get()))) {
        continue;
      }
      sums[0] = sums[0].add(quantities.get(own));
      sums[1] = sums[1].add(seizures.get(new Key(year, source.get(), item.get())));
      sums[2] = sums[2].add(drugTotal[2]);
      sums[3] = sums[3].add(totals.get(year).get(item.get())[1]);
    }
    if (sums[1].signum() == 0 || sums[2].signum() == 0 || sums[3].signum() == 0 || sums[0].signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(sums[0].multiply(sums[3]).divide(sums[1].multiply(sums[2]), MathContext.DECIMAL64));
  }

  /** The row a drug's seizures are counted in: its own, else its group's. */
  private Optional<String> seizureItem(Drug drug, int year) {
    Map<String, BigDecimal[]> items = totals.getOrDefault(year, Map.of());
    if (items.containsKey(drug.name()) && items.get(drug.name())[0].signum() > 0) {
      return Optional.of(drug.name());
    }
    return drug.group().filter(g -> items.containsKey(g) && items.get(g)[0].signum() > 0);
  }

  /** Drug lines: seizures of every drug and group row (events with several drugs count in each). */
  private BigDecimal lines(int year, Optional<String> agency) {
    return lines.getOrDefault(new Key(year, agency.orElse(""), ""), BigDecimal.ZERO);
  }

  private Optional<BigDecimal> cell(Map<Key, BigDecimal> cells, String agency, String item, int year) {
    return Optional.ofNullable(cells.get(new Key(nearestYear(agency, year), agency, item)));
  }

  /** The year itself if the agency is in it, else the nearest year it is in (the later on a tie). */
  private int nearestYear(String agency, int year) {
    for (int step = 0; step <= LAST_TABLE_YEAR - FIRST_TABLE_YEAR; step++) {
      for (int candidate : new int[] {year + step, year - step}) {
        if (seizures.containsKey(new Key(candidate, agency, ALL_DRUGS))) {
          return candidate;
        }
      }
    }
    return year;
  }
}
