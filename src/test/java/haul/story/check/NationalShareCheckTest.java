package haul.story.check;

import haul.story.prose.FactMeasure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import haul.reference.DrugClass;
import haul.stats.AreaYear;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national agencies' stories give each drug's share of England and Wales's quantity ("91 per
 * cent of all cocaine seized in England and Wales", "of the total") and their share of all
 * seizures: each is read as that share, and a wrong one is caught with the right value.
 */
class NationalShareCheckTest {

  /** As the demo's Border Force and British Transport Police write it, against the seed's national figures. */
  private static final String BORDER_FORCE =
      "Last year, Border Force seized over 17,000kg of cocaine (91 per cent of all cocaine seized in England and"
          + " Wales) and 1,672kg of ketamine (91 per cent of the total).";
  private static final String TRANSPORT_POLICE =
      "Last year, the force seized 18.8kg of cocaine (less than 1 per cent of all cocaine seized in England and"
          + " Wales) and 1.9kg of ketamine (less than 1 per cent of the total).";

  /**
   * The seed's release with the two national agencies' drugs: Border Force 17,077.97kg of the
   * 18,767kg of cocaine (91.0 per cent) and 1,671.67kg of the 1,837kg of ketamine (91.0), and 988 of
   * the 20,712 cocaine seizures (4.8); British Transport Police 18.81kg (0.1) and 1.93kg (0.1).
   */
  static Release release() {
    Release seed = SeedRelease.release();
    List<AreaYear> current = new ArrayList<>(
        seed.current().stream().filter(a -> !a.area().code().equals("border-force")).toList());
    current.add(SeedRelease.agency("border-force", "Border Force", SeedRelease.YEAR, 20_782,
        SeedRelease.kg("Cocaine", DrugClass.A, 988, "17077.970000000"),
        SeedRelease.kg("Ketamine", DrugClass.B, 300, "1671.670000000")));
    current.add(SeedRelease.agency("british-transport-police", "British Transport Police", SeedRelease.YEAR, 1_767,
        SeedRelease.kg("Cocaine", DrugClass.A, 200, "18.811700000"),
        SeedRelease.kg("Ketamine", DrugClass.B, 30, "1.929800000")));
    return new Release(seed.year(), current, seed.previous(), seed.shares(), seed.notes());
  }

  private static CheckReport check(String agency, String text) {
    return StoryChecker.check(release(), agency, text);
  }

  private static List<String> facts(CheckReport report) {
    return report.findings().stream().map(f -> f.kind() + " " + f.span().text() + ": "
        + f.fact().map(Fact::description).orElse(f.message())).toList();
  }

  @Test
  void aShareOfADrugsQuantityInEnglandAndWalesIsMatched() {
    CheckReport report = check("border-force",
        "Last year, Border Force seized over 17,000kg of cocaine (91 per cent of all cocaine seized in England and Wales).");

    assertThat(facts(report)).containsExactly(
        "MATCHED over 17,000kg: cocaine seized by Border Force in 2021/22",
        "MATCHED 91 per cent: Border Force's share of all cocaine seized in England and Wales in 2021/22");
    Fact share = report.findings().get(1).fact().orElseThrow();
    assertThat(share.measure()).isEqualTo(FactMeasure.SHARE);
    assertThat(share.drug()).contains("Cocaine");
    assertThat(FigureValues.printed(share)).isEqualByComparingTo("91.0");
  }

  @Test
  void aShareOfTheTotalIsOfWhatTheFigureBeforeItCounts() {
    assertThat(facts(check("border-force", BORDER_FORCE))).containsExactly(
        "MATCHED over 17,000kg: cocaine seized by Border Force in 2021/22",
        "MATCHED 91 per cent: Border Force's share of all cocaine seized in England and Wales in 2021/22",
        "MATCHED 1,672kg: ketamine seized by Border Force in 2021/22",
        "MATCHED 91 per cent: Border Force's share of all ketamine seized in England and Wales in 2021/22");
  }

  @Test
  void theWholeOfAShareIsNotTheAreaOfTheFigureAfterIt() {
    // "in England and Wales" closes the first share: the 1.9kg after it is still the force's
    assertThat(facts(check("british-transport-police", TRANSPORT_POLICE))).containsExactly(
        "MATCHED 18.8kg: cocaine seized by British Transport Police in 2021/22",
        "MATCHED less than 1 per cent: British Transport Police's share of all cocaine seized in England and Wales in 2021/22",
        "MATCHED 1.9kg: ketamine seized by British Transport Police in 2021/22",
        "MATCHED less than 1 per cent: British Transport Police's share of all ketamine seized in England and Wales in 2021/22");
  }

  @Test
  void aShareOfADrugsSeizuresIsMatched() {
    assertThat(facts(check("border-force",
            "Border Force made 988 seizures of cocaine, 5 per cent of all cocaine seizures in England and Wales.")))
        .containsExactly(
            "MATCHED 988: seizures of cocaine by Border Force in 2021/22",
            "MATCHED 5 per cent: Border Force's share of all seizures of cocaine in England and Wales in 2021/22");
  }

  @Test
  void aShareOfAllDrugsSeizedIsAShareOfAllSeizures() {
    assertThat(facts(check("border-force", "Border Force made 11 per cent of the drugs seized across England and Wales.")))
        .containsExactly("MATCHED 11 per cent: Border Force's share of all seizures in England and Wales in 2021/22");
  }

  @Test
  void aWrongShareOfADrugIsContradictedWithTheRightValue() {
    CheckReport report = check("border-force", BORDER_FORCE.replace("(91 per cent of all", "(81 per cent of all"));

    assertThat(report.hasContradictions()).isTrue();
    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow(), Finding::message)
        .containsExactly(tuple("81 per cent", "91 per cent",
            "the data say 91 per cent (Border Force's share of all cocaine seized in England and Wales in 2021/22:"
                + " 91.0 per cent)"));
    assertThat(report.findings(FindingKind.MATCHED)).hasSize(3);
  }

  @Test
  void aWrongShareOfTheTotalIsContradictedWithTheRightValue() {
    CheckReport report = check("british-transport-police", TRANSPORT_POLICE.replace(
        "(less than 1 per cent of the total)", "(10 per cent of the total)"));

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow(), f -> f.fact().orElseThrow().description())
        .containsExactly(tuple("10 per cent", "less than 1 per cent",
            "British Transport Police's share of all ketamine seized in England and Wales in 2021/22"));
  }

  @Test
  void aShareAboveOneIsNotLessThanOne() {
    CheckReport report = check("border-force", BORDER_FORCE.replace("(91 per cent of the total)", "(less than 1 per cent of the total)"));

    assertThat(report.findings(FindingKind.CONTRADICTED))
        .extracting(f -> f.span().text(), f -> f.rightValue().orElseThrow())
        .containsExactly(tuple("less than 1 per cent", "91 per cent"));
  }
}
