package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import haul.stats.AreaYear;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coverage claim ("without Wales") is flagged where the release holds the forces it leaves out, and only there. */
class CoverageClaimsTest {

  private static final String TEXT = "Across England without Wales, there were 189,000 seizures in the year to March 2022.";

  private static Release withGwent() {
    Release seed = SeedRelease.release();
    List<AreaYear> current = new ArrayList<>(seed.current());
    current.add(SeedRelease.agency("gwent", "Gwent", SeedRelease.YEAR, 1_683));
    return new Release(seed.year(), current, seed.previous(), seed.shares(), seed.notes());
  }

  @Test
  void aReleaseWithoutTheWelshForcesBearsTheClaimOut() {
    CheckReport report = StoryChecker.checkNational(SeedRelease.release(), TEXT);

    assertThat(report.findings(FindingKind.WORDING)).isEmpty();
    assertThat(report.findings(FindingKind.MATCHED)).extracting(f -> f.span().text()).containsExactly("189,000");
  }

  @Test
  void aReleaseHoldingAWelshForceContradictsItOnItsWords() {
    CheckReport report = StoryChecker.checkNational(withGwent(), TEXT + "\n\nThe figures cover England only.");

    assertThat(report.findings(FindingKind.WORDING))
        .extracting(f -> f.span().text(), Finding::paragraph)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("without Wales", 1), org.assertj.core.groups.Tuple.tuple("England only", 2));
    assertThat(report.findings(FindingKind.WORDING).get(0).message())
        .isEqualTo("told as leaving Wales out, but the release holds the figures of 1 of the 4 forces of Wales (Gwent Police:"
            + " 1,683 seizures in 2021/22), and its totals for England and Wales include them");
  }

  @Test
  void aRegionWeighedInAnAnalysisIsNoCoverageClaim() {
    CheckReport report = StoryChecker.checkNational(withGwent(),
        "Without the South East, seizures would have fallen further. The totals, excluding Wales, fell.");

    assertThat(report.findings(FindingKind.WORDING)).extracting(f -> f.span().text()).containsExactly("excluding Wales");
  }
}
