package haul.reference;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything haul knows before it reads a return: agencies, regions, the drug catalogue with its
 * class history, units. Loaded from the CSV resources under {@code /haul/reference/}; immutable.
 */
public final class ReferenceData {

  private static final List<String> FILES =
      List.of("agencies.csv", "regions.csv", "drugs.csv", "units.csv", "drug_classes.csv", "drug_aliases.csv",
          "series.csv");

  private final Agencies agencies;
  private final List<Region> regions;
  private final DrugCatalogue drugs;
  private final String fingerprint;

  private ReferenceData(Agencies agencies, List<Region> regions, DrugCatalogue drugs, String fingerprint) {
    this.agencies = agencies;
    this.regions = List.copyOf(regions);
    this.drugs = drugs;
    this.fingerprint = fingerprint;
  }

  private static final class Holder {
    static final ReferenceData BUNDLED = load();
  }

  /** The reference data bundled with this build (read once, then shared: it is immutable). */
  public static ReferenceData bundled() {
    return Holder.BUNDLED;
  }

  private static ReferenceData load() {
    MessageDigest digest = ResourceTable.sha256();
    ResourceTable agencyTable = ResourceTable.load("agencies.csv");
    ResourceTable regionTable = ResourceTable.load("regions.csv");
    ResourceTable drugTable = ResourceTable.load("drugs.csv");
    ResourceTable unitTable = ResourceTable.load("units.csv");
    ResourceTable classTable = ResourceTable.load("drug_classes.csv");
    ResourceTable aliasTable = ResourceTable.load("drug_aliases.csv");
    ResourceTable seriesTable = ResourceTable.load("series.csv");
    for (ResourceTable table :
        List.of(agencyTable, regionTable, drugTable, unitTable, classTable, aliasTable, seriesTable)) {
      if (!FILES.contains(table.name())) {
        throw new IllegalStateException(table.name());
      }
      table.digestInto(digest);
    }

    List<Agency> agencies =
        agencyTable.records().stream()
            .map(
                r ->
                    new Agency(
                        r.getField("code"),
                        r.getField("short_name"),
                        r.getField("full_name"),
                        ResourceTable.optional(r, "region"),
                        AgencyType.fromLabel(r.getField("agency_type")),
                        r.getField("area_name")))
            .toList();
    List<Region> regions =
        regionTable.records().stream().map(r -> new Region(r.getField("region"), r.getField("slug"))).toList();
    List<Drug> drugs = drugTable.records().stream().map(ReferenceData::drug).toList();
    List<InputUnit> units =
        unitTable.records().stream()
            .map(
                r ->
                    new InputUnit(
                        r.getField("input_unit"),
                        Unit.fromLabel(r.getField("unit")),
                        new BigDecimal(r.getField("factor"))))
            .toList();
    List<DrugClassPeriod> classes =
        classTable.records().stream()
            .map(
                r ->
                    new DrugClassPeriod(
                        r.getField("drug"),
                        DrugClass.fromLabel(r.getField("class")),
                        ResourceTable.optionalDate(r, "valid_from"),
                        ResourceTable.optionalDate(r, "valid_to")))
            .toList();
    List<DrugAlias> aliases =
        aliasTable.records().stream()
            .map(
                r ->
                    new DrugAlias(
                        r.getField("alias"),
                        r.getField("drug"),
                        ResourceTable.optionalDate(r, "valid_from"),
                        ResourceTable.optionalDate(r, "valid_to")))
            .toList();
    for (Agency agency : agencies) {
      agency.region().ifPresent(name -> {
        if (regions.stream().noneMatch(region -> region.name().equals(name))) {
          throw new IllegalStateException(agency.code() + " is in an unknown region: " + name);
        }
      });
    }
    return new ReferenceData(
        new Agencies(agencies),
        regions,
        new DrugCatalogue(drugs, aliases, classes, units),
        HexFormat.of().formatHex(digest.digest()));
  }

  private static Drug drug(NamedCsvRecord r) {
    return new Drug(
        r.getField("drug"),
        ResourceTable.optional(r, "unit").map(Unit::fromLabel),
        ResourceTable.optional(r, "input_units").map(s -> Arrays.asList(s.split("\\s+"))).orElse(List.of()),
        ResourceTable.optional(r, "group"),
        Integer.parseInt(r.getField("display_order")));
  }

  public Agencies agencies() {
    return agencies;
  }

  /** The ten regions in the Home Office's order. */
  public List<Region> regions() {
    return regions;
  }

  /** The span of the statistics: the first day a seizure may be dated, the last year. */
  public Series series() {
    return Series.bundled();
  }

  public DrugCatalogue drugs() {
    return drugs;
  }

  /** SHA-256 of every reference resource: part of an edition's fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }
}
