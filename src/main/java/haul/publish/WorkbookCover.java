package haul.publish;

import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.ReleaseMetadata;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the cover sheet of a workbook says (GOV.UK accessible-spreadsheet guidance): a title, what
 * the workbook holds, its source, whom to contact, when it was published and which edition it is.
 */
public record WorkbookCover(
    String title, List<String> about, String source, String contact, String published, String edition) {

  private static final DateTimeFormatter COVER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  /** What the cover says of a release published without metadata: the truth, never a made-up team. */
  static final String NO_CONTACT = "No contact was given with this release (set one with haul publish --metadata FILE).";

  /** The cover of an edition, its title, source, contact and release dates from the release's metadata. */
  public static WorkbookCover of(FinancialYear year, EditionRecord edition, Optional<EditionRecord> revises,
      Optional<ReleaseMetadata> metadata) {
    String editionText = "Edition " + edition.number() + " of the release for " + year.label()
        + revises.map(r -> "; rows revised since edition " + r.number() + " of " + new FinancialYear(r.financialYearEnd())
            .label() + " are marked [r]").orElse("");
    List<String> about = new java.util.ArrayList<>(List.of(
        "Number of drug seizures by police forces, British Transport Police and Border Force, and"
            + " quantities of drugs seized, for every financial year held up to " + year.label() + ".",
        "Seizures reflect police and Border Force activity, recording practice and the drugs market: they are"
            + " not an indicator of how widely drugs are used."));
    metadata.ifPresent(m -> {
      about.add(m.statisticsType() + ", produced by " + m.producer() + ".");
      about.add("Next release: " + DAY.format(m.nextRelease()) + ". Licence: " + m.licence() + ".");
    });
    return new WorkbookCover(
        metadata.map(ReleaseMetadata::title).orElse("Seizures of drugs in England and Wales, year ending March "
            + year.endYear()),
        about,
        metadata.map(ReleaseMetadata::sourceLine).orElse("Record-level returns of the 43 territorial police forces,"
            + " British Transport Police and Border Force, and for earlier years the Home Office tables \"Seizures of"
            + " drugs in England and Wales\"."),
        metadata.map(ReleaseMetadata::contactEmail).orElse(NO_CONTACT),
        COVER_DATE.format(edition.publicAt().atZone(Manifest.LONDON)) + " (UK time)",
        editionText);
  }

  public WorkbookCover {
    Objects.requireNonNull(title, "title");
    about = List.copyOf(about);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(edition, "edition");
  }
}
