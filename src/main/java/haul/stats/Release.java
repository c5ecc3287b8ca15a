package haul.stats;

import haul.reference.FinancialYear;
import haul.reference.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * All figures of one financial year, with the year before for comparison: every agency, every
 * region, the police total and England and Wales. Immutable; built by the store's queries, never
 * by loading rows into Java.
 *
 * @param current figures of {@code year}, agencies in {@code agencies.csv} order, then regions,
 *     then police, then England and Wales
 * @param previous the same areas for the year before (figures not available where nothing is held)
 * @param shares the ten regions' shares of all seizures in England and Wales in {@code year}
 * @param notes data-quality notes of {@code year} and of the year before
 * @param comparisons every region, the police and England and Wales compared like with like (see
 *     {@link Comparison}): which agencies each year lacks and the change over those in both years
 */
public record Release(
    FinancialYear year,
    List<AreaYear> current,
    List<AreaYear> previous,
    List<RegionShare> shares,
    List<Note> notes,
    List<Comparison> comparisons) {

  public Release {
    current = List.copyOf(current);
    previous = List.copyOf(previous);
    shares = List.copyOf(shares);
    notes = List.copyOf(notes);
    comparisons = List.copyOf(comparisons);
  }

  /** A release whose totals' members are not known (made by hand): only agencies can be compared. */
  public Release(FinancialYear year, List<AreaYear> current, List<AreaYear> previous, List<RegionShare> shares,
      List<Note> notes) {
    this(year, current, previous, shares, notes, List.of());
  }

  public Optional<AreaYear> current(String areaCode) {
    return current.stream().filter(a -> a.area().code().equals(areaCode)).findFirst();
  }

  public Optional<AreaYear> previous(String areaCode) {
    return previous.stream().filter(a -> a.area().code().equals(areaCode)).findFirst();
  }

  /**
   * Seizures of an area this year against last year, as the totals are published (each year's sum
   * of the agencies with figures). For a total whose agencies differ between the years, tell
   * {@link #comparison}'s like-for-like change instead.
   */
  public Change seizuresChange(String areaCode) {
    return new Change(
        current(areaCode).map(AreaYear::seizures).orElse(Count.notAvailable()),
        previous(areaCode).map(AreaYear::seizures).orElse(Count.notAvailable()));
  }

  /**
   * The seizures of an area compared like with like: for a region, the police or England and
   * Wales, which of its agencies lack figures in each year and the change over those with figures
   * in both; for an agency, its own change. A code that is both an agency's and a region's
   * ("west-midlands") means the agency, as in {@link #current(String)}; {@link #comparison(Area)}
   * tells them apart. Empty for a total of a release made without its members (by hand, in tests).
   */
  public Optional<Comparison> comparison(String areaCode) {
    return current(areaCode).flatMap(area -> comparison(area.area()));
  }

  /** The like-for-like comparison of an area (see {@link #comparison(String)}). */
  public Optional<Comparison> comparison(Area area) {
    if (area.type() != AreaType.AGENCY) {
      return comparisons.stream().filter(c -> c.area().equals(area)).findFirst();
    }
    Change change = seizuresChange(area.code());
    List<String> self = List.of(area.code());
    return Optional.of(new Comparison(area, self, change.current().isAvailable() ? List.of() : self,
        change.previous().isAvailable() ? List.of() : self, change, change));
  }

  /**
   * Any figure of an area's agencies (seizures of a drug, of a class) compared like with like: the
   * sum over the agencies that have that figure in both years; empty when the area's members are
   * not known. Cost: one pass over the area's agencies.
   */
  public Optional<Change> likeForLike(Area area, Function<AreaYear, Count> figure) {
    return comparison(area).map(c -> Comparison.overBothYears(c.members(),
        m -> agency(current, m).map(figure).orElse(Count.notAvailable()),
        m -> agency(previous, m).map(figure).orElse(Count.notAvailable())));
  }

  /**
   * A drug's quantity of an area's agencies compared like with like: the sum over the agencies that
   * hold the drug's quantity in both years (an agency without figures, or with a blank cell, is left
   * out of both years); empty when the area's members are not known or the drug has no unit. For an
   * agency, its own quantities. Cost: one pass over the area's agencies.
   */
  public Optional<QuantityChange> likeForLikeQuantity(Area area, String drug) {
    Optional<Unit> unit = Stream.concat(current.stream(), previous.stream())
        .flatMap(a -> a.drug(drug).stream()).flatMap(d -> d.quantity().stream()).map(Quantity::unit).findFirst();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    return comparison(area).map(c -> {
      BigDecimal now = BigDecimal.ZERO;
      BigDecimal before = BigDecimal.ZERO;
      List<String> both = new ArrayList<>();
      for (String member : c.members()) {
        Optional<BigDecimal> a = quantity(current, member, drug);
        Optional<BigDecimal> b = quantity(previous, member, drug);
        if (a.isPresent() && b.isPresent()) {
          now = now.add(a.get());
          before = before.add(b.get());
          both.add(member);
        }
      }
      return both.isEmpty() ? new QuantityChange(Optional.empty(), Optional.empty(), unit.get(), both)
          : new QuantityChange(Optional.of(now), Optional.of(before), unit.get(), both);
    });
  }

  private static Optional<BigDecimal> quantity(List<AreaYear> areas, String code, String drug) {
    return agency(areas, code).flatMap(a -> a.drug(drug)).flatMap(DrugFigures::quantity).flatMap(Quantity::value);
  }

  private static Optional<AreaYear> agency(List<AreaYear> areas, String code) {
    return areas.stream().filter(a -> a.area().type() == AreaType.AGENCY && a.area().code().equals(code)).findFirst();
  }

  /**
   * Whether a note is one the statistics write about coverage: an agency without figures for a year,
   * or the note on a year's totals that says which agencies they lack and which the changes leave
   * out. A story tells these in prose from {@link #comparison} instead of quoting them.
   */
  public boolean isCoverageNote(Note note) {
    return note.agencyCode().isPresent()
        ? note.text().endsWith(Statistics.NO_FIGURES_TAIL)
        : note.text().startsWith(Comparisons.totalsNoteStart(note.year()));
  }

  /**
   * Whether the year's figures were loaded from published aggregate tables rather than returns: some
   * agency has figures, and no drug row of any agency counts its lines without quantity, which only
   * returns can give (DESIGN.md "Published aggregate tables"). Cost: one pass over the year's areas.
   */
  public boolean fromPublishedTables() {
    List<AreaYear> agencies = current.stream().filter(a -> a.area().type() == AreaType.AGENCY && a.seizures().isAvailable()).toList();
    return !agencies.isEmpty()
        && agencies.stream().flatMap(a -> a.drugs().stream()).noneMatch(d -> d.linesWithoutQuantity().isAvailable());
  }

  public List<Note> notesFor(String agencyCode) {
    return notes.stream().filter(n -> n.agencyCode().map(agencyCode::equals).orElse(false)).toList();
  }
}
