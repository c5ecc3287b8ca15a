package haul.story.check;

import haul.reference.ReferenceData;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One story checked against one release: splits it into paragraphs, quotations and sentences, reads
 * each sentence's figures into claims ({@link Sentence}) and judges them ({@link ClaimMatcher}),
 * with the wording rules and attribution findings alongside. Linear in the length of the text.
 */
final class StoryCheck {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private final Release release;
  private final Optional<String> agencyCode;
  private final Lexicon lexicon;
  private final FigureReader reader;
  private final ClaimMatcher matcher;
  private final Attribution attribution;
  private final Ranks ranks;
  private final DrugRanks drugRanks;

  /** @param agencyCode the agency the story is about; empty for a national text */
  StoryCheck(Release release, Optional<String> agencyCode, ReferenceData reference) {
    this.release = release;
    this.agencyCode = agencyCode;
    this.lexicon = new Lexicon(reference, agencyCode);
    this.reader = new FigureReader(lexicon);
    FactBook facts = new FactBook(release, reference);
    this.matcher = new ClaimMatcher(facts, reference, release.year());
    this.attribution = new Attribution(facts, release.year().label());
    this.ranks = new Ranks(release, reference);
    this.drugRanks = new DrugRanks(facts, release.year().label());
  }

  CheckReport run(String text) {
    StoryText story = StoryText.read(text);
    List<Finding> findings = new ArrayList<>();
    for (Quotation quotation : story.quotations()) {
      findings.add(
          new Finding(
              FindingKind.QUOTED,
              new Span(quotation.start(), quotation.end(), quotation.paragraph(),
                  text.substring(quotation.start(), quotation.end())),
              Optional.empty(), Optional.empty(), "quoted: the speaker's words, not checked as the story's claim"));
    }
    for (Paragraph paragraph : story.paragraphs()) {
      findings.addAll(WordingRules.check(paragraph, release.year()));
      List<Figure> figures = reader.read(paragraph);
      List<String> carried = List.of();
      boolean seizures = false;
      Sentence.Context context = Sentence.Context.NONE;
      int next = 0;
      for (int[] bounds : sentences(paragraph.unquoted())) {
        int from = next;
        while (next < figures.size() && figures.get(next).start() - paragraph.start() < bounds[1]) {
          next++;
        }
        List<Figure> inSentence = figures.subList(from, next).stream()
            .filter(f -> f.start() - paragraph.start() >= bounds[0]).toList();
        Sentence sentence =
            new Sentence(lexicon, release.year(), paragraph, bounds[0], bounds[1], inSentence, carried, seizures, agencyCode,
                context, ranks.find(paragraph, bounds[0], bounds[1]));
        List<Reading> readings = sentence.readings();
        List<Finding> verdicts = new ArrayList<>();
        readings.forEach(r -> verdicts.addAll(matcher.match(r)));
        List<Finding> ranked = drugRanks.judge(paragraph, bounds[0], bounds[1], sentence.drugs(), sentence.areas(), agencyCode,
            ranks.judge(paragraph, bounds[0], bounds[1], sentence.areas(), verdicts));
        findings.addAll(ranked);
        findings.addAll(attribution.check(paragraph, bounds[0], bounds[1], readings, verdicts));
        carried = sentence.areaAtEnd(carried);
        seizures = sentence.saysSeizures();
        context = sentence.context(context);
      }
    }
    return new CheckReport(agencyCode, release.year(), findings);
  }

  /** Sentences end at a full stop, question or exclamation mark followed by space. */
  private static List<int[]> sentences(String text) {
    List<int[]> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      sentences.add(new int[] {start, end.start()});
      start = end.end();
    }
    if (start < text.length()) {
      sentences.add(new int[] {start, text.length()});
    }
    return sentences;
  }
}
