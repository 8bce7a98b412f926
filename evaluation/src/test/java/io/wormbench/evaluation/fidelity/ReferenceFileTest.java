package io.wormbench.evaluation.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.spec.SpecException;
import org.junit.jupiter.api.Test;

class ReferenceFileTest {
  @Test
  void shippedReference_givesEveryStatisticASource() {
    Reference r = ReferenceFile.defaults();
    for (Statistic s : FidelityStatistics.all()) {
      assertThat(r.range(s.id())).as(s.id()).isPresent();
      assertThat(r.range(s.id()).orElseThrow().source()).as(s.id()).isNotBlank();
      assertThat(r.range(s.id()).orElseThrow().figure()).as(s.id()).isNotBlank();
    }
    assertThat(r.portMix()).containsKey("tcp/49152+");
    assertThat(r.bytes()).hasSize(4);
    assertThat(r.fieldAuc().high()).isEqualTo(0.9);
    assertThat(r.aucExempt()).containsExactly("port", "service");
  }

  @Test
  void everyJudgedRange_restsOnATargetOrAReference() {
    Reference r = ReferenceFile.defaults();
    for (Statistic s : FidelityStatistics.all()) {
      ReferenceRange range = r.range(s.id()).orElseThrow();
      if (range.gated()) {
        assertThat(range.source()).as(s.id()).containsAnyOf("REFERENCES.md target", "LANL");
      }
    }
  }

  @Test
  void badNumber_failsWithFilePathAndLine() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        statistics:
          tcp.failed_share:
            low: abc
            source: x
        """)).isInstanceOf(SpecException.class)
        .hasMessage("bad.yaml: statistics.tcp.failed_share.low: must be a number, not 'abc' "
            + "(line 3)");
  }

  @Test
  void misspeltStatistic_suggestsTheNearestId() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        statistics:
          tcp.faild_share: {low: 0.1, source: x}
        """)).isInstanceOf(SpecException.class)
        .hasMessageStartingWith("bad.yaml: statistics.tcp.faild_share: unknown field; did you "
            + "mean 'tcp.failed_share'?")
        .hasMessageEndingWith("(line 2)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void lowAboveHigh_failsOnHigh() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        statistics:
          share.ldap:
            low: 0.3
            high: 0.2
            source: x
        """)).hasMessage("bad.yaml: statistics.share.ldap.high: must be >= low (0.3) (line 4)");
  }

  @Test
  void missingSource_isAnError() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        statistics:
          share.ldap:
            low: 0.3
        """)).hasMessage("bad.yaml: statistics.share.ldap: missing field 'source' (line 3)");
  }

  @Test
  void badPortKeyAndSharesNotAddingUp_areErrors() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        distributions:
          portMix:
            source: x
            shares: {tcp/88: 0.5, smb: 0.5}
        """)).hasMessageContaining("distributions.portMix.shares.smb: 'smb' is not a port key");
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        distributions:
          tcpStates:
            source: x
            shares: {SF: 0.5, S0: 0.2}
        """)).hasMessageContaining("shares must add up to 1");
  }

  @Test
  void unknownExemptField_isAnError() {
    assertThatThrownBy(() -> ReferenceFile.parse("bad.yaml", """
        artefacts:
          fieldAuc: {high: 0.9, source: x, exempt: [port, colour]}
        """)).hasMessageContaining("artefacts.fieldAuc.exempt[1]: unknown connection field "
            + "'colour'");
  }

  @Test
  void rangeVerdicts_areInclusiveAndOpenEnded() {
    ReferenceRange r = new ReferenceRange(0.05, 0.25, "s", "f", "");
    assertThat(r.judge(0.05)).isEqualTo(ReferenceRange.Verdict.PASS);
    assertThat(r.judge(0.26)).isEqualTo(ReferenceRange.Verdict.FAIL);
    assertThat(r.judge(Double.NaN)).isEqualTo(ReferenceRange.Verdict.NOT_MEASURED);
    assertThat(r.text()).isEqualTo("0.05-0.25");
    ReferenceRange open = new ReferenceRange(25, Double.POSITIVE_INFINITY, "s", "f", "");
    assertThat(open.text()).isEqualTo(">= 25");
    assertThat(open.judge(1e9)).isEqualTo(ReferenceRange.Verdict.PASS);
    assertThat(new ReferenceRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", "", "")
        .judge(3)).isEqualTo(ReferenceRange.Verdict.INFO);
  }
}
