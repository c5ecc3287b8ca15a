package haul.story.check;

import java.util.Locale;

/** A check report as a person reads it: a summary line, then one line per finding in text order. */
public final class TextReport {

  private static final int LONGEST_QUOTE = 60;

  private TextReport() {}

  public static String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    out.append(report.subject()).append(' ').append(report.year().label()).append(": ");
    FindingKind[] kinds = FindingKind.values();
    for (int i = 0; i < kinds.length; i++) {
      out.append(i == 0 ? "" : ", ").append(report.count(kinds[i])).append(' ')
          .append(kinds[i].name().toLowerCase(Locale.ROOT));
    }
    out.append('\n');
    for (Finding finding : report.findings()) {
      out.append(String.format(Locale.ROOT, "%-4s %-13s ", "p" + finding.paragraph(), finding.kind()))
          .append('"').append(shortened(finding.span().text())).append("\": ")
          .append(finding.message()).append('\n');
    }
    return out.toString();
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= LONGEST_QUOTE ? oneLine : oneLine.substring(0, LONGEST_QUOTE - 3) + "...";
  }
}
