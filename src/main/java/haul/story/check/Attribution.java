package haul.story.check;

import haul.story.prose.FactMeasure;
import haul.story.prose.ProseNumbers;
import haul.stats.Area;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording findings for a figure whose value is the fact its sentence points at but whose words
 * misname it: a figure of all agencies told as the police's ("the police are seizing more cocaine
 * ... nearly 19,000kg", when Border Force made most of it), and a share of seizures told as an
 * amount of drugs ("the highest amount of drugs was seized in London, 22 per cent"). The figure
 * stays matched; these never change the exit code.
 */
final class Attribution {

  private static final Pattern AMOUNT_OF_DRUGS =
      Pattern.compile("(?i)(?<![\\p{L}])(?:amount|amounts|quantity|quantities|weight|volume)\\s+of\\s+drugs(?![\\p{L}])");
  private static final String BORDER_FORCE = "border-force";

  private final FactBook facts;
  private final String year;

  Attribution(FactBook facts, String year) {
    this.facts = facts;
    this.year = year;
  }

  /** The wording findings of one sentence, from its readings and the findings they gave. */
  List<Finding> check(Paragraph paragraph, int start, int end, List<Reading> readings, List<Finding> verdicts) {
    List<Finding> findings = new ArrayList<>();
    police(paragraph, readings, verdicts).ifPresent(findings::add);
    amountOfDrugs(paragraph, start, end, verdicts).ifPresent(findings::add);
    return findings;
  }

  private Optional<Finding> police(Paragraph paragraph, List<Reading> readings, List<Finding> verdicts) {
    Optional<Finding> chosen = Optional.empty();
    Optional<Mention> mention = Optional.empty();
    for (Reading reading : readings) {
      Optional<Mention> named = reading.named().filter(m -> m.codes().contains(Area.POLICE.code()));
      Optional<Finding> national = named.isEmpty() ? Optional.empty() : verdicts.stream()
          .filter(f -> f.kind() == FindingKind.MATCHED && f.span().equals(reading.figure().span()))
          .filter(f -> f.fact().map(Fact::areaCode).equals(Optional.of(Area.ENGLAND_AND_WALES.code())))
          .findFirst();
      // one finding a sentence, on this year's figure when there is one: Border Force's part is this year's
      if (national.isPresent() && (chosen.isEmpty() || national.get().fact().orElseThrow().period().equals(year))) {
        chosen = national;
        mention = named;
      }
    }
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Fact fact = chosen.get().fact().orElseThrow();
    Mention named = mention.orElseThrow();
    String message = "\"" + text(paragraph, named) + "\": " + chosen.get().span().text()
        + " is the figure of all agencies (" + fact.description() + ")"
        + (fact.period().equals(year) ? borderForcePart(fact) : "")
        + "; say \"in England and Wales\" or give the police's own figure";
    return Optional.of(new Finding(FindingKind.WORDING, span(paragraph, named.start(), named.end()),
        Optional.of(fact), Optional.of("in England and Wales"), message));
  }

  private String borderForcePart(Fact fact) {
    Optional<Candidate> share = fact.drug().isPresent()
        ? facts.share(BORDER_FORCE, fact.drug().get(), fact.measure() == FactMeasure.QUANTITY)
        : facts.share(BORDER_FORCE);
    if (share.isEmpty() || fact.measure() == FactMeasure.PERCENT_CHANGE) {
      return "";
    }
    BigDecimal percent = share.get().value().setScale(0, RoundingMode.HALF_UP);
    return ", of which Border Force made " + ProseNumbers.number(percent) + " per cent";
  }

  private Optional<Finding> amountOfDrugs(Paragraph paragraph, int start, int end, List<Finding> verdicts) {
    boolean shareOfSeizures = verdicts.stream()
        .filter(f -> f.kind() == FindingKind.MATCHED || f.kind() == FindingKind.CONTRADICTED)
        .map(Finding::fact).flatMap(Optional::stream)
        .anyMatch(f -> f.measure() == FactMeasure.SHARE && f.drug().isEmpty());
    if (!shareOfSeizures) {
      return Optional.empty();
    }
    Matcher amount = AMOUNT_OF_DRUGS.matcher(paragraph.unquoted().substring(start, end));
    if (!amount.find()) {
      return Optional.empty();
    }
    int from = paragraph.start() + start + amount.start();
    int to = paragraph.start() + start + amount.end();
    return Optional.of(new Finding(FindingKind.WORDING, span(paragraph, from, to), Optional.empty(),
        Optional.of("number of seizures"),
        "a share of seizures told as an amount of drugs: the per cents are shares of the number of seizures,"
            + " not of the quantity seized"));
  }

  private static String text(Paragraph paragraph, Mention mention) {
    return paragraph.text().substring(mention.start() - paragraph.start(), mention.end() - paragraph.start());
  }

  private static Span span(Paragraph paragraph, int from, int to) {
    return new Span(from, to, paragraph.number(), paragraph.text().substring(from - paragraph.start(), to - paragraph.start()));
  }
}
