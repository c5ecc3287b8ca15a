package haul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agency the force tables lack takes its proxy's kind of trend and mix ({@code
 * force_proxies.csv}), not its figures: an editor found Gwent's cocaine, ketamine and ecstasy equal
 * to Gloucestershire's to the fourth decimal in every year. Counted from the generated return files.
 *
 * <p>The rule: a proxied agency's non-zero quantity of a drug in a year is no other agency's. It is
 * stricter than "not its proxy's" (a proxied force must not look copied from anyone). It is not
 * asked of two English forces: a force whose tables give no size of seizure for a drug takes the
 * national quantity per seizure, so two of them with the same few seizures of a dose-counted drug
 * (one seizure of temazepam, 7 doses) share a figure, and the demo keeps those forces' figures as
 * they are (their stories are calibrated and read).
 */
class ProxiedAgenciesTest {

  static ReturnCounts counts;

  @BeforeAll
  static void readTheDemoReturns() {
    // the returns the demo writes once per test run (DemoFixture), not a second generation of its own
    counts = ReturnCounts.of(haul.testing.DemoFixture.out().resolve("returns"));
  }

  @Test
  void noProxiedAgencySharesANonZeroQuantityWithAnyOtherAgency() {
    ReferenceData reference = ReferenceData.bundled();
    ForceTables tables = ForceTables.bundled(reference);
    List<Agency> agencies = reference.agencies().all();
    List<Agency> proxied = agencies.stream().filter(a -> proxied(tables, a)).toList();
    assertThat(proxied).as("agencies with a proxy in force_proxies.csv").hasSize(4);
    List<String> shared = new ArrayList<>();
    int compared = 0;
    for (FinancialYear year : Calibration.bundled().years()) {
      for (Drug drug : reference.drugs().drugs()) {
        if (drug.isCountOnly()) {
          continue;
        }
        for (Agency agency : proxied) {
          BigDecimal own = counts.quantity(year, agency.code(), drug.name());
          if (own.signum() == 0) {
            continue;
          }
          for (Agency other : agencies) {
            if (other.equals(agency)) {
              continue;
            }
            compared++;
            if (counts.quantity(year, other.code(), drug.name()).compareTo(own) == 0) {
              shared.add(year + " " + drug.name() + ": " + agency.code() + " and " + other.code() + " both "
                  + own.stripTrailingZeros().toPlainString());
            }
          }
        }
      }
    }
    assertThat(compared).as("quantities compared").isGreaterThan(2_000);
    assertThat(shared).as("a proxied agency's quantity equal to another agency's").isEmpty();
  }

  @Test
  void aProxiedAgencysMixIsItsOwnYetEachAgencyKeepsItsSeizures() {
    ReferenceData reference = ReferenceData.bundled();
    ForceTables tables = ForceTables.bundled(reference);
    Calibration calibration = Calibration.bundled();
    int differing = 0;
    int compared = 0;
    for (Agency agency : reference.agencies().all()) {
      if (!proxied(tables, agency)) {
        continue;
      }
      String proxy = tables.source(agency.code()).orElseThrow();
      for (FinancialYear year : calibration.years()) {
        assertThat(counts.seizures(year, agency.code())).as(agency.code() + " " + year + " seizures")
            .isEqualTo(calibration.seizures(year, agency.code()));
        for (Drug drug : reference.drugs().drugs()) {
          int own = counts.seizures(year, agency.code(), drug.name());
          int theirs = counts.seizures(year, proxy, drug.name());
          if (own >= 20 && theirs >= 20) {
            compared++;
            // A copied mix is the proxy's scaled to the agency's seizures, give or take the rounding.
            double scaled = theirs * (double) counts.seizures(year, agency.code()) / counts.seizures(year, proxy);
            differing += Math.abs(own - scaled) > 1.5 ? 1 : 0;
          }
        }
      }
    }
    assertThat(compared).as("drugs of 20 seizures or more at both a proxied agency and its proxy").isGreaterThan(100);
    assertThat(differing).as("of " + compared + ", drugs whose seizures are not the proxy's scaled").isGreaterThan(compared / 2);
  }

  /** An agency whose rows are another's (its proxy's). */
  private static boolean proxied(ForceTables tables, Agency agency) {
    return tables.source(agency.code()).filter(s -> !s.equals(agency.code())).isPresent();
  }
}
