package haul.publish;

import java.util.List;
import java.util.Objects;

/**
 * What the cover sheet of a workbook says (GOV.UK accessible-spreadsheet guidance): a title, what
 * the workbook holds, its source, whom to contact, when it was published and which edition it is.
 */
public record WorkbookCover(
    String title, List<String> about, String source, String contact, String published, String edition) {

  public WorkbookCover {
    Objects.requireNonNull(title, "title");
    about = List.copyOf(about);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(edition, "edition");
  }
}
