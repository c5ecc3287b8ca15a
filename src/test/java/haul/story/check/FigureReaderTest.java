package haul.story.check;

import haul.story.prose.Hedge;
import haul.story.prose.FigureUnit;
import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Number reading, one edge case each. */
class FigureReaderTest {

  private static final FigureReader READER =
      new FigureReader(new Lexicon(ReferenceData.bundled(), java.util.Optional.of("thames-valley")));

  private static List<Figure> read(String text) {
    return READER.read(StoryText.read(text).paragraphs().get(0));
  }

  private static Figure only(String text) {
    List<Figure> figures = read(text);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void thousandsSeparatorsAndASentenceFullStop() {
    Figure figure = only("It is down from 1,608.");
    assertThat(figure.value()).isEqualByComparingTo("1608");
    assertThat(figure.unit()).isEqualTo(FigureUnit.COUNT);
    assertThat(figure.span().text()).isEqualTo("1,608");
  }

  @Test
  void aCountOfSeizuresWithWordsBetween() {
    Figure figure = only("there were only 679 total drug seizures by the force");
    assertThat(figure.noun()).contains("seizures");
    assertThat(figure.drugs()).isEmpty();
  }

  @Test
  void aCountOfOneDrugsSeizures() {
    Figure figure = only("there were 20,712 cocaine seizures");
    assertThat(figure.noun()).contains("seizures");
    assertThat(figure.drugs()).containsExactly("Cocaine");
  }

  @Test
  void aCountOfSomethingElseKeepsItsNoun() {
    assertThat(only("Officers made 31 arrests.").noun()).contains("arrests");
  }

  @Test
  void aCountOfForcesIsANumberOfPoliceForces() {
    assertThat(only("All 43 forces sent returns.").noun()).contains(FigureReader.FORCES_NOUN);
    assertThat(only("the 43 territorial police forces and British Transport Police").noun())
        .contains(FigureReader.FORCES_NOUN);
  }

  @Test
  void clockTimesAndEditionNumbersAreNotFigures() {
    assertThat(read("Edition 1 of this release was published on 20 April 2023, 09:30 (UK time)."))
        .isEmpty();
  }

  @Test
  void kilogramsWrittenTogether() {
    Figure figure = only("0.2kg of cocaine was confiscated");
    assertThat(figure.value()).isEqualByComparingTo("0.2");
    assertThat(figure.unit()).isEqualTo(FigureUnit.KG);
    assertThat(figure.drugs()).containsExactly("Cocaine");
    assertThat(figure.span().text()).isEqualTo("0.2kg");
  }

  @Test
  void kilogramsSpelledOutWithASpace() {
    Figure figure = only("police seized 34.8 kilograms of cocaine");
    assertThat(figure.unit()).isEqualTo(FigureUnit.KG);
    assertThat(figure.span().text()).isEqualTo("34.8 kilograms");
  }

  @Test
  void grams() {
    Figure figure = only("just 40g of heroin");
    assertThat(figure.value()).isEqualByComparingTo("40");
    assertThat(figure.unit()).isEqualTo(FigureUnit.GRAMS);
  }

  @Test
  void nearlyIsAHedgeBelow() {
    Figure figure = only("to nearly 19,000kg last year");
    assertThat(figure.hedge()).isEqualTo(Hedge.BELOW);
    assertThat(figure.value()).isEqualByComparingTo("19000");
    assertThat(figure.span().text()).isEqualTo("nearly 19,000kg");
  }

  @Test
  void overIsAHedgeAbove() {
    Figure figure = only("rose from over 11,000kg in 2021");
    assertThat(figure.hedge()).isEqualTo(Hedge.ABOVE);
    assertThat(figure.span().text()).isEqualTo("over 11,000kg");
  }

  @Test
  void dosesOfADrug() {
    Figure figure = only("officers seized 113,000 doses of LSD in Dyfed-Powys");
    assertThat(figure.unit()).isEqualTo(FigureUnit.DOSES);
    assertThat(figure.drugs()).containsExactly("LSD");
    assertThat(figure.span().text()).isEqualTo("113,000 doses");
  }

  @Test
  void cannabisPlants() {
    Figure figure = only("and 13,529 cannabis plants were seized");
    assertThat(figure.unit()).isEqualTo(FigureUnit.PLANTS);
    assertThat(figure.drugs()).containsExactly("Cannabis plants");
  }

  @Test
  void perCentInWordsAndAsASign() {
    List<Figure> figures = read("a fall of 14 per cent, 22% of seizures and 9 percent of the rest");
    assertThat(figures).extracting(Figure::unit).containsOnly(FigureUnit.PER_CENT);
    assertThat(figures).extracting(f -> f.span().text()).containsExactly("14 per cent", "22%", "9 percent");
  }

  @Test
  void aMinusSignIsAFall() {
    Figure figure = only("Seizures changed by -14% on the year.");
    assertThat(figure.negative()).isTrue();
    assertThat(figure.value()).isEqualByComparingTo("14");
  }

  @Test
  void aMultipleInWords() {
    Figure figure = only("The amount rose nearly ten times.");
    assertThat(figure.unit()).isEqualTo(FigureUnit.TIMES);
    assertThat(figure.value()).isEqualByComparingTo("10");
    assertThat(figure.hedge()).isEqualTo(Hedge.BELOW);
    assertThat(figure.span().text()).isEqualTo("nearly ten times");
  }

  @Test
  void twiceIsTwoTimes() {
    assertThat(only("twice as much heroin").value()).isEqualByComparingTo("2");
  }

  @Test
  void aMillionInWords() {
    Figure figure = only("some 1.2 million doses of ecstasy");
    assertThat(figure.value()).isEqualByComparingTo(new BigDecimal("1200000"));
    assertThat(figure.unit()).isEqualTo(FigureUnit.DOSES);
    assertThat(figure.hedge()).isEqualTo(Hedge.APPROXIMATE);
  }

  @Test
  void noDrugIsAZeroFigure() {
    Figure figure = only("and no ketamine was seized");
    assertThat(figure.unit()).isEqualTo(FigureUnit.NONE_OF);
    assertThat(figure.drugs()).isEqualTo(Set.of("Ketamine"));
    assertThat(figure.span().text()).isEqualTo("no ketamine");
  }

  @Test
  void yearsAndFinancialYearsAreNotFigures() {
    assertThat(read("In 2021, in the year to March 2022, in 2021/22 and in FYE2022 and 2020-21")).isEmpty();
  }

  @Test
  void datesAreNotFigures() {
    assertThat(read("The figures were published on 20 April 2023 and updated on 5 Jul 2023.")).isEmpty();
  }

  @Test
  void ordinalsAndCodesAreNotFigures() {
    assertThat(read("It was the 2nd highest since FYE2014, on the A1 and the M25.")).isEmpty();
  }

  @Test
  void figuresInsideQuotationsAreNotRead() {
    assertThat(read("He said: \"We made 500 seizures.\" The force made 679.")).extracting(f -> f.span().text())
        .containsExactly("679");
  }

  @Test
  void hyphenatedNamesAreNotMinusSigns() {
    assertThat(read("Dyfed-Powys and COVID-19")).isEmpty();
  }
}
