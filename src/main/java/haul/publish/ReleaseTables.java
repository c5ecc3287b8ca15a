package haul.publish;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Change;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Note;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The seven published tables of DESIGN.md "Formats at the edges", built from the releases of every
 * year held up to the year published. Rows are ordered by financial year, then by their key columns
 * compared byte-wise; the agency tables end each year with the {@code police} and {@code
 * england-and-wales} total rows.
 *
 * <p>Marker {@code n}: an agency row is marked when a note of its year names the agency; a region,
 * total or national row when a note of its year names one of its agencies. Notes on the whole
 * release are on the Notes sheet only, since they apply to every row.
 */
public final class ReleaseTables {

  private static final String TOTAL = Columns.TOTAL_TYPE;
  private static final String TOTALS_NOTE = "A region, Police (the 43 forces and British Transport Police) and"
      + " England and Wales (Police and Border Force) are the sum of the agencies with figures for the year:"
      + " an agency without them is marked [x] and named on the Notes sheet.";
  private static final String DOSES_NOTE = "Quantities are in the unit of their row: kg, doses (single doses, not"
      + " thousands) or plants; count-only rows have no quantity [z].";

  private final ReferenceData reference;
  private final List<Release> releases;
  private final String period;

  /** @param releases one per year held, oldest first; the last is the year published */
  public ReleaseTables(ReferenceData reference, List<Release> releases) {
    if (releases.isEmpty()) {
      throw new IllegalArgumentException("a publication needs at least one year");
    }
    this.reference = reference;
    this.releases = List.copyOf(releases);
    FinancialYear first = releases.get(0).year();
    FinancialYear last = releases.get(releases.size() - 1).year();
    this.period = first.equals(last)
        ? "year ending March " + last.endYear()
        : "years ending March " + first.endYear() + " to March " + last.endYear();
  }

  /** The seven tables, in the order of DESIGN.md. */
  public List<PublishedTable> all() {
    return List.of(
        seizuresByAgency(), seizuresByRegion(), seizuresByDrug(), seizuresByClass(), quantitiesByDrug(),
        agencyDrug(), changesByAgency());
  }

  public PublishedTable seizuresByAgency() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      String year = release.year().label();
      for (Agency agency : agenciesByCode()) {
        AreaYear area = release.current(agency.code()).orElseThrow();
        rows.add(row(TableContract.SEIZURES_BY_AGENCY, notesOn(release, a -> a.equals(agency), release.year()), Cell.text(year), Cell.text(agency.code()),
            Cell.text(agency.shortName()), Cell.text(agency.type().label()), agency.region().map(Cell::text).orElse(Cell.notApplicable()),
            count(area.seizures())));
      }
      for (Area total : List.of(Area.POLICE, Area.ENGLAND_AND_WALES)) {
        AreaYear area = release.current(total.code()).orElseThrow();
        rows.add(row(TableContract.SEIZURES_BY_AGENCY, notesOn(release, membersOf(total), release.year()), Cell.text(year), Cell.text(total.code()),
            Cell.text(total.name()), Cell.text(TOTAL), Cell.notApplicable(), count(area.seizures())));
      }
    }
    return PublishedTable.of(TableContract.SEIZURES_BY_AGENCY,
        "Number of drug seizures by police force, British Transport Police and Border Force, England and Wales, "
            + period,
        rows, List.of(TOTALS_NOTE));
  }

  public PublishedTable seizuresByRegion() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      List<RegionShare> shares = new ArrayList<>(release.shares());
      shares.sort(Comparator.comparing(s -> s.region().name()));
      for (RegionShare share : shares) {
        rows.add(row(TableContract.SEIZURES_BY_REGION, notesOn(release, membersOf(share.region()), release.year()), Cell.text(release.year().label()),
            Cell.text(share.region().name()), count(share.seizures()),
            share.sharePercent().map(p -> Cell.number(OutputFormat.percent(p))).orElse(Cell.notAvailable())));
      }
    }
    return PublishedTable.of(TableContract.SEIZURES_BY_REGION,
        "Number of drug seizures by region, and share of all seizures in England and Wales, " + period,
        rows,
        List.of("The ten regions hold the 43 territorial forces; British Transport Police and Border Force are in no"
            + " region but are in the England and Wales total that shares are of, so shares add up to less than"
            + " 100.", TOTALS_NOTE));
  }

  public PublishedTable seizuresByDrug() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      List<Note> noted = notesOn(release, a -> true, release.year());
      AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      for (DrugFigures drug : drugsByName(england)) {
        rows.add(row(TableContract.SEIZURES_BY_DRUG, noted, Cell.text(release.year().label()), Cell.text(drug.drug()),
            drugClass(drug), count(drug.seizures())));
      }
    }
    return PublishedTable.of(TableContract.SEIZURES_BY_DRUG,
        "Number of drug seizures by drug, England and Wales, " + period,
        rows,
        List.of("A seizure with several drugs counts once for each drug, so the drug rows add up to more than all"
            + " seizures. All cannabis counts seizures with any cannabis once.", TOTALS_NOTE));
  }

  public PublishedTable seizuresByClass() {
    List<TableRow> rows = new ArrayList<>();
    List<DrugClass> classes = new ArrayList<>(List.of(DrugClass.values()));
    classes.sort(Comparator.comparing(DrugClass::label));
    for (Release release : releases) {
      List<Note> noted = notesOn(release, a -> true, release.year());
      AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      for (DrugClass drugClass : classes) {
        rows.add(row(TableContract.SEIZURES_BY_CLASS, noted, Cell.text(release.year().label()), Cell.text(drugClass.label()),
            count(england.classSeizures(drugClass))));
      }
    }
    return PublishedTable.of(TableContract.SEIZURES_BY_CLASS,
        "Number of drug seizures by class, England and Wales, " + period,
        rows,
        List.of("A seizure counts in a class when any of its drugs was of that class on the day of the seizure;"
            + " a seizure with drugs of two classes counts in both. Unknown is a drug that could not be"
            + " classified; none is a psychoactive substance (Psychoactive Substances Act 2016).", TOTALS_NOTE));
  }

  public PublishedTable quantitiesByDrug() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      List<Note> noted = notesOn(release, a -> true, release.year());
      AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      for (DrugFigures drug : drugsByName(england)) {
        if (drug.quantity().isEmpty()) {
          continue;
        }
        Quantity quantity = drug.quantity().get();
        rows.add(row(TableContract.QUANTITIES_BY_DRUG, noted, Cell.text(release.year().label()), Cell.text(drug.drug()),
            drugClass(drug), Cell.text(quantity.unit().label()),
            quantity(quantity), count(drug.linesWithoutQuantity())));
      }
    }
    return PublishedTable.of(TableContract.QUANTITIES_BY_DRUG,
        "Quantities of drugs seized, by drug, England and Wales, " + period,
        rows,
        List.of(DOSES_NOTE, "Figures loaded from published tables do not give lines without a quantity [x].",
            TOTALS_NOTE));
  }

  public PublishedTable agencyDrug() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      for (Agency agency : agenciesByCode()) {
        AreaYear area = release.current(agency.code()).orElseThrow();
        List<Note> noted = notesOn(release, a -> a.equals(agency), release.year());
        for (DrugFigures drug : drugsByName(area)) {
          Cell quantity = drug.quantity().map(ReleaseTables::quantity).orElse(Cell.notApplicable());
          Cell unit = drug.quantity().map(q -> Cell.text(q.unit().label())).orElse(Cell.notApplicable());
          Cell lines = drug.quantity().isPresent() ? count(drug.linesWithoutQuantity()) : Cell.notApplicable();
          rows.add(row(TableContract.AGENCY_DRUG, noted, Cell.text(release.year().label()),
              Cell.text(agency.code()), Cell.text(drug.drug()), count(drug.seizures()), quantity, unit, lines));
        }
      }
    }
    return PublishedTable.of(TableContract.AGENCY_DRUG,
        "Number of drug seizures and quantities seized, by agency and drug, " + period,
        rows, List.of(DOSES_NOTE));
  }

  public PublishedTable changesByAgency() {
    List<TableRow> rows = new ArrayList<>();
    for (Release release : releases) {
      List<Area> areas = new ArrayList<>();
      agenciesByCode().forEach(a -> areas.add(release.current(a.code()).orElseThrow().area()));
      areas.add(Area.POLICE);
      areas.add(Area.ENGLAND_AND_WALES);
      for (Area area : areas) {
        Change change = release.seizuresChange(area.code());
        rows.add(row(TableContract.CHANGES_BY_AGENCY, notesOn(release, membersOf(area), release.year(), release.year().previous()), Cell.text(release.year().label()),
            Cell.text(area.code()), count(change.current()), count(change.previous()),
            change.change().isPresent() ? Cell.number(OutputFormat.count(change.change().getAsLong()))
                : Cell.notAvailable(),
            change.percentChange().map(p -> Cell.number(OutputFormat.percent(p))).orElse(
                change.change().isPresent() ? Cell.notApplicable() : Cell.notAvailable())));
      }
    }
    return PublishedTable.of(TableContract.CHANGES_BY_AGENCY,
        "Change in the number of drug seizures on the year before, by agency, England and Wales, " + period,
        rows,
        List.of("Change is not available [x] when either year's figure is not available; the percent change is"
            + " not applicable [z] when the year before had no seizures.", TOTALS_NOTE));
  }

  private static TableRow row(TableContract table, List<Note> notes, Cell... cells) {
    return new TableRow(List.of(cells), EnumSet.noneOf(Marker.class), table.keyWidth(), notes);
  }

  /** A drug's class; none for a group row such as All cannabis, whose drugs may be of several classes. */
  private static Cell drugClass(DrugFigures drug) {
    return drug.drugClass().map(c -> Cell.text(c.label())).orElse(Cell.notApplicable());
  }

  private static Cell count(Count count) {
    return count.isAvailable() ? Cell.number(OutputFormat.count(count.get())) : Cell.notAvailable();
  }

  private static Cell quantity(Quantity quantity) {
    return quantity.value().map(v -> Cell.number(OutputFormat.quantity(v))).orElse(Cell.notAvailable());
  }

  private List<Agency> agenciesByCode() {
    List<Agency> agencies = new ArrayList<>(reference.agencies().all());
    agencies.sort(Comparator.comparing(Agency::code));
    return agencies;
  }

  private static List<DrugFigures> drugsByName(AreaYear area) {
    List<DrugFigures> drugs = new ArrayList<>(area.drugs());
    drugs.sort(Comparator.comparing(DrugFigures::drug));
    return drugs;
  }

  /** The notes of the years that name one of the agencies, in the order the release holds them. */
  private List<Note> notesOn(Release release, Predicate<Agency> members, FinancialYear... years) {
    List<FinancialYear> which = List.of(years);
    return release.notes().stream()
        .filter(n -> which.contains(n.year()))
        .filter(n -> n.agencyCode().flatMap(reference.agencies()::byCode).filter(members).isPresent())
        .toList();
  }

  /** Which agencies an area is made of. */
  private Predicate<Agency> membersOf(Area area) {
    AreaType type = area.type();
    return switch (type) {
      case AGENCY -> a -> a.code().equals(area.code());
      case REGION -> a -> a.region().map(r -> Region.slugOf(r).equals(area.code())).orElse(false);
      case POLICE -> a -> a.type() != AgencyType.BORDER;
      case ENGLAND_AND_WALES -> a -> true;
    };
  }


  /** The release of the year published: the last of the series. */
  public Release published() {
    return releases.get(releases.size() - 1);
  }
}
