package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.possessive;

import haul.reference.FinancialYear;
import haul.stats.Change;
import haul.stats.Comparison;
import haul.story.prose.VerbalSize;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The national picture of a story: England and Wales's change, then the agency's beside the total
 * {@code coverage.json} compares it with, in one sentence that carries both figures; over the
 * agencies with figures in both years when the totals lack agencies ({@link TotalWords}). One
 * instance per story.
 */
final class NationalParagraph {

  private final Names names;
  private final Figures figures;
  private final FinancialYear year;

  NationalParagraph(Names names, Figures figures) {
    this.names = names;
    this.figures = figures;
    this.year = figures.year();
  }

  /** The paragraph, without the release's notes that follow it; {@code totals} names totals that lack agencies. */
  String write(StoryPlan.NationalPicture picture, TotalWords totals) {
    Change national = picture.national();
    Optional<Comparison> compared = picture.coverage().compared();
    StringBuilder text = new StringBuilder();
    if (compared.isPresent() && compared.get().lacksAgencies() && compared.get().likeForLike().change().isPresent()) {
      // the totals lack agencies: tell the change of the total the agency is compared with, like with like
      Change like = compared.get().likeForLike();
      text.append(withBefore(totals.likeForLike(compared.get()), picture.local(), like));
      String missing = totals.missing(compared.get());
      text.append(missing.isEmpty() ? "" : " " + missing);
    } else if (!national.current().isAvailable()) {
      text.append("Figures for England and Wales as a whole are not available for ").append(year.prose()).append('.');
    } else if (national.change().isEmpty()) {
      // who made them, as the comparison says it when there is one: "seizures were made" named nobody
      text.append("Across England and Wales, the police and Border Force together made ").append(figures.nationalCount(national.current(), year))
          .append(" drug seizures in ").append(year.prose()).append('.');
    } else if (national.change().getAsLong() == 0) {
      text.append("Across England and Wales, seizures were unchanged at ").append(figures.nationalCount(national.current(), year))
          .append('.');
    } else {
      // the agency is set beside the total coverage.json compares it with, after England and Wales's change
      Optional<Comparison> other = compared.filter(c -> !c.area().code().equals(Figures.NATIONAL) && c.likeForLike().change().isPresent());
      if (other.isPresent()) {
        text.append(nationalSentence(national, CoverageRules.bundled().total(Figures.NATIONAL).whoseSeizures()))
            .append(besideUntold(picture.local(), other.get().likeForLike(), other.get().area().code(),
                CoverageRules.bundled().total(other.get().area().code()).complete()));
      } else {
        text.append(nationalBeside(picture.local(), national));
      }
    }
    return text.toString();
  }

  /**
   * "Across England and Wales, seizures fell by 14 per cent, from 220,000 to 189,000.", with whose
   * seizures they are when another total's change follows ("seizures by the police and Border Force
   * together fell by 14 per cent": {@code coverage.json} "whose").
   */
  private String nationalSentence(Change national, Optional<String> whose) {
    return "Across England and Wales, seizures " + whose.map(w -> w + " ").orElse("")
        + (national.change().getAsLong() < 0 ? "fell" : "rose") + " by "
        + figures.percent(national.percentChange().get(), Figures.NATIONAL) + ", from " + fromTo(national) + ".";
  }

  /** "220,000 to 189,000", printed as finely as the change beside it needs ({@link Figures#nationalCounts}). */
  private String fromTo(Change national) {
    Figures.Counts counts = figures.nationalCounts(national);
    return counts.previous() + " to " + counts.current();
  }

  /**
   * England and Wales's change and the agency's in one sentence, each figure beside its own name (the
   * agency's first, so that no national figure is read as the agency's), for an agency that
   * {@code coverage.json} sets beside England and Wales: "The force's 58 per cent fall was steeper
   * than across England and Wales, where seizures fell by 14 per cent, from 220,000 to 189,000."
   */
  private String nationalBeside(Change local, Change national) {
    if (local.percentChange().isEmpty()) {
      return nationalSentence(national, Optional.empty());
    }
    BigDecimal mine = local.percentChange().get();
    BigDecimal all = national.percentChange().get();
    String verb = all.signum() < 0 ? "fell" : "rose";
    String figuresOf = figures.percent(all, Figures.NATIONAL) + ", from " + fromTo(national) + ".";
    Optional<String> apart = apart(mine, all);
    if (apart.isPresent()) {
      return capitalise(apart.get()) + against(mine) + (all.signum() < 0 ? "fall" : "rise") + " of " + figures.percent(all, Figures.NATIONAL)
          + " across England and Wales, where seizures went from " + fromTo(national) + ".";
    }
    int cmp = compare(mine, all);
    String whose = possessive(names.reference());
    String change = mine.signum() < 0 ? "fall" : "rise";
    if (cmp == 0) {
      return "In line with " + whose + " " + change + ", seizures across England and Wales " + verb + " by " + figuresOf;
    }
    return capitalise(ownChange(mine)) + " was " + (cmp > 0 ? "steeper" : "smaller")
        + " than across England and Wales, where seizures " + verb + " by " + figuresOf;
  }

  /**
   * The agency's change beside a total's the story has not told (the police as a whole, beside
   * England and Wales's), in one sentence that carries both figures where they differ: " The force's
   * 27 per cent fall was steeper than the fall of 17 per cent for the police as a whole." or " Seizures by the
   * police as a whole fell by 17 per cent, in line with the force's fall."
   */
  private String besideUntold(Change local, Change other, String otherCode, String whole) {
    if (local.percentChange().isEmpty() || other.percentChange().isEmpty() || other.change().getAsLong() == 0) {
      return "";
    }
    BigDecimal mine = local.percentChange().get();
    BigDecimal all = other.percentChange().get();
    String verb = all.signum() < 0 ? "fell" : "rose";
    Optional<String> apart = apart(mine, all);
    if (apart.isPresent()) {
      return " " + capitalise(apart.get()) + against(mine) + (all.signum() < 0 ? "fall" : "rise") + " of " + figures.percent(all, otherCode)
          + " for " + whole + ".";
    }
    String whose = possessive(names.reference());
    String change = mine.signum() < 0 ? "fall" : "rise";
    int cmp = compare(mine, all);
    if (cmp == 0) {
      return " Seizures by " + whole + " " + verb + " by " + figures.percent(all, otherCode) + ", in line with " + whose + " " + change + ".";
    }
    return " " + capitalise(ownChange(mine)) + " was "
        + (cmp > 0 ? "steeper" : "smaller") + " than the " + (all.signum() < 0 ? "fall" : "rise") + " of " + figures.percent(all, otherCode)
        + " for " + whole + ".";
  }

  /**
   * A total's sentence (told by {@link TotalWords}) and the agency's change beside it, with the
   * agency's own figure: "Across the thirty-eight police forces with figures in both years, seizures
   * fell by 11 per cent, from 146,000 to 130,000. The force's 9 per cent fall was smaller."
   */
  private String withBefore(String totalSentence, Change local, Change other) {
    if (local.percentChange().isEmpty() || other.percentChange().isEmpty()) {
      return totalSentence;
    }
    // the total's sentence first, then the agency's in a sentence of its own that carries its figure:
    // a total named by its members ("the thirty-eight police forces") is no area check-story can tie
    // a figure to, so the agency's name must not stand in the same sentence as the total's figures
    BigDecimal mine = local.percentChange().get();
    Optional<String> apart = apart(mine, other.percentChange().get());
    String change = mine.signum() < 0 ? "fall" : "rise";
    if (apart.isPresent()) {
      return totalSentence + " " + capitalise(apart.get()) + (mine.signum() != 0 && !figures.sizes().isAlmostUnchanged(mine)
          ? " went the other way." : ".");
    }
    int cmp = compare(mine, other.percentChange().get());
    if (cmp == 0) {
      return totalSentence + " " + capitalise(possessive(names.reference())) + " " + change + " was in line with theirs.";
    }
    return totalSentence + " " + capitalise(ownChange(mine)) + " was " + (cmp > 0 ? "steeper" : "smaller") + ".";
  }

  /**
   * "the force's fall of a quarter" where the lede told the change as a fraction ("down by a
   * quarter"), else "the force's 25 per cent fall": one change in one form in a story (an editor's read).
   */
  private String ownChange(BigDecimal mine) {
    String whose = possessive(names.reference());
    String change = mine.signum() < 0 ? "fall" : "rise";
    Optional<VerbalSize> fraction = figures.sizes().describe(mine).filter(s -> s.kind() == VerbalSize.Kind.FRACTION);
    return fraction.isPresent()
        ? whose + " " + change + " of " + figures.sized(fraction.get().past(), mine, names.agency().code(), Optional.empty())
        : whose + " " + figures.percent(mine, names.agency().code()) + " " + change;
  }

  /** What joins the agency's change to a total's that went apart from it: " compares with a ", ", against a ". */
  private String against(BigDecimal mine) {
    return mine.signum() != 0 && !figures.sizes().isAlmostUnchanged(mine) ? " compares with a " : ", against a ";
  }

  /**
   * The agency's change as the opening clause of a sentence when it went apart from the total's
   * (unchanged, almost unchanged, or the other way): "the force's seizures were almost unchanged",
   * "Border Force's rise of a fifth", "the force's 5 per cent rise"; empty when both moved the same way.
   */
  private Optional<String> apart(BigDecimal mine, BigDecimal all) {
    String whose = possessive(names.reference());
    if (mine.signum() == 0) {
      return Optional.of(whose + " seizures were unchanged");
    }
    if (figures.sizes().isAlmostUnchanged(mine)) {
      return Optional.of(whose + " seizures were almost unchanged");
    }
    if (mine.signum() != all.signum()) {
      // the agency's figure right after its name, so that no reader (nor check-story) takes it for the total's
      String change = mine.signum() < 0 ? "fall" : "rise";
      Optional<VerbalSize> fraction = figures.sizes().describe(mine).filter(s -> s.kind() == VerbalSize.Kind.FRACTION);
      return Optional.of(fraction.isPresent()
          ? whose + " " + change + " of " + figures.sized(fraction.get().past(), mine, names.agency().code(), Optional.empty())
          : whose + " " + figures.percent(mine, names.agency().code()) + " " + change);
    }
    return Optional.empty();
  }

  /** The two changes' sizes compared as whole per cents, as the story prints them. */
  private static int compare(BigDecimal mine, BigDecimal all) {
    return mine.abs().setScale(0, java.math.RoundingMode.HALF_UP).compareTo(all.abs().setScale(0, java.math.RoundingMode.HALF_UP));
  }
}
