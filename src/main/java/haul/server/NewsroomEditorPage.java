package haul.server;

import com.github.difflib.text.DiffRowGenerator;
import haul.server.NewsroomPages.Conflict;
import haul.server.NewsroomPages.DiffRow;
import haul.server.NewsroomPages.Field;
import haul.server.NewsroomPages.Finding;
import haul.server.NewsroomPages.HistoryRow;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of the story editor's page: its fields with check-story's findings beside each, the
 * history of versions, and the diff against the generated text (java-diff-utils, word by word).
 */
final class NewsroomEditorPage {

  /** Times as the newsroom shows them: UK time, "20 April 2023, 09:30". */
  static final DateTimeFormatter UK_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private NewsroomEditorPage() {}

  /**
   * The headline's field, then one per paragraph, then an empty one for a new paragraph. On a
   * conflict the fields hold the editor's own text, with the findings of the version shown.
   */
  static List<Field> fields(NewsroomVersion shown, Optional<Conflict> conflict) {
    List<NewsroomCheck.Line> findings = NewsroomCheck.lines(shown.findings());
    String headline = conflict.map(Conflict::yoursHeadline).orElse(shown.headline());
    List<String> body = conflict.map(Conflict::yoursBody).orElse(shown.body());
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("headline", "Headline", headline, findingsOf(findings, 1)));
    for (int i = 0; i < body.size(); i++) {
      fields.add(new Field("paragraph-" + (i + 1), "Paragraph " + (i + 1), body.get(i), findingsOf(findings, i + 2)));
    }
    fields.add(new Field("paragraph-new", "New paragraph (optional)", "", List.of()));
    return fields;
  }

  static List<HistoryRow> history(List<NewsroomVersion> versions) {
    return versions.stream()
        .map(v -> new HistoryRow(v.number(), v.kind(), v.author(), UK_TIME.format(v.createdAt()), v.edition(),
            v.contradicted(), v.unknown(), v.matched()))
        .toList();
  }

  /** "by A. Editor, 20 April 2023, 09:30" for an approved or held story; empty otherwise. */
  static String decided(NewsroomStory story) {
    return story.decidedBy().map(by -> "by " + by + ", " + UK_TIME.format(story.decidedAt().orElseThrow())).orElse("");
  }

  private static List<Finding> findingsOf(List<NewsroomCheck.Line> findings, int paragraph) {
    return findings.stream().filter(f -> f.paragraph() == paragraph)
        .map(f -> new Finding(f.kind().toLowerCase(Locale.ROOT), f.text(), f.message()))
        .toList();
  }

  /**
   * The generated text against the version shown, a row per paragraph (the headline first), changed
   * words marked. Every piece of text is escaped by jte's escaper, the templates' own (the library's
   * default escapes {@code <} and {@code >} but not {@code &}).
   */
  static List<DiffRow> diff(NewsroomVersion generated, NewsroomVersion shown) {
    DiffRowGenerator generator = DiffRowGenerator.create()
        .showInlineDiffs(true)
        .inlineDiffByWord(true)
        .lineNormalizer(NewsroomEditorPage::escaped)
        .oldTag(start -> start ? "<del>" : "</del>")
        .newTag(start -> start ? "<ins>" : "</ins>")
        .build();
    List<String> before = new ArrayList<>(List.of(generated.headline()));
    before.addAll(generated.body());
    List<String> after = new ArrayList<>(List.of(shown.headline()));
    after.addAll(shown.body());
    return generator.generateDiffRows(before, after).stream()
        .map(row -> new DiffRow(row.getTag().name().toLowerCase(Locale.ROOT), row.getOldLine(), row.getNewLine()))
        .toList();
  }

  private static String escaped(String text) {
    gg.jte.output.StringOutput out = new gg.jte.output.StringOutput(text.length() + 16);
    gg.jte.html.escape.Escape.htmlContent(text.replace("\t", "    "), out);
    return out.toString();
  }
}
