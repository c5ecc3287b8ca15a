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
  private final CoverageClaims coverage;

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
    this.drugRanks = new DrugRanks(facts, release.year());
    this.coverage = new CoverageClaims(release, reference);
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
      findings.addAll(coverage.check(paragraph));
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
        foldNone(verdicts);
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

  /**
   * A "none" the data bear out ("1 seizure of cocaine, against none the year before") is told in the
   * finding of the figure it is compared with, the one before it (else after it), as a rank told
   * with a figure is: a story's ledger holds the figures, not the word. Alone in its sentence it is
   * not reported; a wrong "none" is reported on its own word.
   */
  private static void foldNone(List<Finding> verdicts) {
    for (int i = 0; i < verdicts.size(); i++) {
      Finding none = verdicts.get(i);
      if (none.kind() != FindingKind.MATCHED || !none.span().text().equalsIgnoreCase("none") || none.fact().isEmpty()) {
        continue;
      }
      int partner = i > 0 && verdicts.get(i - 1).kind() == FindingKind.MATCHED ? i - 1
          : i + 1 < verdicts.size() && verdicts.get(i + 1).kind() == FindingKind.MATCHED ? i + 1 : -1;
      if (partner >= 0) {
        Finding with = verdicts.get(partner);
        verdicts.set(partner, new Finding(with.kind(), with.span(), with.fact(), with.rightValue(),
            with.message() + "; and \"none\" is right: " + none.message(), with.claim()));
      }
      verdicts.remove(i);
      i--;
    }
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
