package io.wormbench.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.spec.SpecException;
import org.junit.jupiter.api.Test;

class DetectorSuiteTest {

  @Test
  void absentSection_runsEveryBuiltInAtDefaults() {
    DetectorSuite suite = DetectorSuite.from(Fixtures.params("name: x"));
    assertThat(suite.names()).isEqualTo(DetectorRegistry.builtIn().names());
    assertThat(suite.create()).extracting(Detector::name)
        .isEqualTo(DetectorRegistry.builtIn().names());
  }

  @Test
  void listedDetectors_areCreatedWithTheirParameters() {
    DetectorSuite suite = DetectorSuite.from(Fixtures.params(
        "detectors:\n  - name: smb-brute-force\n    minFailures: 3\n  - name: mining-protocol\n"));
    assertThat(suite.names()).containsExactly("smb-brute-force", "mining-protocol");
    assertThat(suite.create()).isNotSameAs(suite.create());
  }

  @Test
  void misspeltDetector_failsWithDidYouMeanAndLine() {
    assertThatThrownBy(() -> DetectorSuite.from(Fixtures.params(
        "detectors:\n  - name: smb-brute-forse\n")))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("did you mean 'smb-brute-force'")
        .hasMessageContaining("line 2");
  }

  @Test
  void badParameter_failsWithPathAndLine() {
    assertThatThrownBy(() -> DetectorSuite.from(Fixtures.params(
        "detectors:\n  - name: smb-brute-force\n    window: -5m\n")))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("detectors[0].window")
        .hasMessageContaining("line 3");
  }

  @Test
  void duplicateDetector_isRejected() {
    assertThatThrownBy(() -> DetectorSuite.from(Fixtures.params(
        "detectors:\n  - name: mining-protocol\n  - name: mining-protocol\n")))
        .hasMessageContaining("listed twice");
  }

  @Test
  void externalEntry_isNamedAndScoredButNotCreatedHere() {
    DetectorSuite suite = DetectorSuite.from(Fixtures.params("detectors:\n"
        + "  - name: mining-protocol\n  - name: iforest\n    external: {command: x}\n"));
    assertThat(suite.names()).containsExactly("mining-protocol", "iforest");
    assertThat(suite.create()).extracting(Detector::name).containsExactly("mining-protocol");
    assertThat(suite.externals()).extracting(DetectorSuite.ExternalEntry::name)
        .containsExactly("iforest");
  }

  @Test
  void externalEntryWithBuiltInName_isRejected() {
    assertThatThrownBy(() -> DetectorSuite.from(Fixtures.params(
        "detectors:\n  - name: beaconing\n    external: {command: x}\n")))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("built-in detector's name")
        .hasMessageContaining("line 2");
  }
}
