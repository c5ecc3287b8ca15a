package haul.story.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import haul.json.HaulJson;
import java.util.Locale;

/**
 * A check report for machines:
 * <pre>{"agency": ..., "year": "2021/22", "contradicted": false, "counts": {"matched": 14, ...},
 *  "findings": [{"kind": "MATCHED", "paragraph": 5, "start": 512, "end": 515, "text": "679",
 *                "fact": {...} or null, "right_value": null, "message": "..."}]}</pre>
 * Offsets are in UTF-16 code units of the checked text, as Java and JavaScript count them.
 */
public final class JsonReport {

  private JsonReport() {}

  /** The claim's parts, its verdict and the right value: what a newsroom's tools need to show it. */
  private static void claim(ObjectNode node, Finding finding) {
    Claim claim = finding.claim().orElseThrow();
    node.put("subject", claim.subject().orElse(null));
    node.put("measure", claim.measure());
    node.put("drug", claim.drug().orElse(null));
    node.put("years", claim.years().orElse(null));
    node.put("direction", claim.direction().orElse(null));
    node.put("value", claim.value());
    node.put("unit", claim.unit());
    node.put("hedge", claim.hedge());
    node.put("in_words", claim.inWords());
    node.put("verdict", finding.kind().name());
    node.put("right_value", finding.rightValue().orElse(null));
  }

  public static String render(CheckReport report) {
    ObjectNode root = HaulJson.object();
    root.put("agency", report.agencyCode().orElse(null));
    root.put("year", report.year().label());
    root.put("contradicted", report.hasContradictions());
    ObjectNode counts = root.putObject("counts");
    for (FindingKind kind : FindingKind.values()) {
      counts.put(kind.name().toLowerCase(Locale.ROOT), report.count(kind));
    }
    var findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("kind", finding.kind().name());
      node.put("paragraph", finding.paragraph());
      node.put("start", finding.span().start());
      node.put("end", finding.span().end());
      node.put("text", finding.span().text());
      if (finding.fact().isPresent()) {
        Fact fact = finding.fact().get();
        ObjectNode f = node.putObject("fact");
        f.put("description", fact.description());
        f.put("area", fact.areaCode());
        f.put("drug", fact.drug().orElse(null));
        f.put("measure", fact.measure().label());
        f.put("period", fact.period());
        f.put("value", FigureValues.printed(fact));
        f.put("unit", fact.unit());
      } else {
        node.putNull("fact");
      }
      node.put("right_value", finding.rightValue().orElse(null));
      node.put("message", finding.message());
      if (finding.claim().isPresent()) {
        claim(node.putObject("claim"), finding);
      }
    }
    return HaulJson.document(root);
  }
}
