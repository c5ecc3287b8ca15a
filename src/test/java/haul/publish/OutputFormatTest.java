package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

  @Test
  void quantitiesRoundHalfUpToFiveDecimalsWithoutTrailingZeros() {
    assertThat(OutputFormat.quantity(new BigDecimal("1.234565"))).isEqualTo("1.23457");
    assertThat(OutputFormat.quantity(new BigDecimal("1.234564999"))).isEqualTo("1.23456");
    assertThat(OutputFormat.quantity(new BigDecimal("18767.000000000"))).isEqualTo("18767");
    assertThat(OutputFormat.quantity(new BigDecimal("0.000090000"))).isEqualTo("0.00009");
    assertThat(OutputFormat.quantity(new BigDecimal("0.000004"))).isEqualTo("0");
    assertThat(OutputFormat.quantity(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void sharesAndPercentChangesRoundHalfUpToOneDecimal() {
    assertThat(OutputFormat.percent(new BigDecimal("22.05"))).isEqualTo("22.1");
    assertThat(OutputFormat.percent(new BigDecimal("22.04999"))).isEqualTo("22.0");
    assertThat(OutputFormat.percent(new BigDecimal("-57.77"))).isEqualTo("-57.8");
    assertThat(OutputFormat.percent(new BigDecimal("200"))).isEqualTo("200.0");
  }
}
