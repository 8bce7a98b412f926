package io.wormbench.traffic.truth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {
  @Test
  void techniques_mapToTheirKillChainStage() {
    assertThat(Stage.ofTechnique("T1110.003")).contains(Stage.BRUTE_FORCE);
    assertThat(Stage.ofTechnique("T1110")).contains(Stage.BRUTE_FORCE);
    assertThat(Stage.ofTechnique("T1569.002")).contains(Stage.LATERAL_TRANSFER);
    assertThat(Stage.ofTechnique("T1496")).contains(Stage.MINING);
    assertThat(Stage.ofTechnique("T1059")).isEmpty();
  }

  @Test
  void beaconTechniques_mapToCommandAndControl() {
    // BeaconingDetector reports the parent technique T1071
    assertThat(Stage.ofTechnique("T1071")).contains(Stage.COMMAND_AND_CONTROL);
    assertThat(Stage.ofTechnique("T1071.001")).contains(Stage.COMMAND_AND_CONTROL);
    assertThat(Stage.ofTechnique("T1071.004")).contains(Stage.COMMAND_AND_CONTROL);
    assertThat(Stage.ofTechnique("T1573.002")).contains(Stage.COMMAND_AND_CONTROL);
    assertThat(Stage.COMMAND_AND_CONTROL.techniques().get(0)).isEqualTo("T1071.001");
    assertThat(Stage.COMMAND_AND_CONTROL.ordinal())
        .isEqualTo(Stage.LATERAL_TRANSFER.ordinal() + 1)
        .isEqualTo(Stage.MINING.ordinal() - 1);
  }

  @Test
  void timeline_compromiseIsFromInfectionOn() {
    HostTimeline t = new HostTimeline(1, 100, HostTimeline.NEVER, HostTimeline.NEVER);
    assertThat(t.compromisedAt(99)).isFalse();
    assertThat(t.compromisedAt(100)).isTrue();
    assertThat(t.withMaliciousAction(150).firstMaliciousAt()).isEqualTo(150);
    assertThat(t.withMaliciousAction(150).withMaliciousAction(200).firstMaliciousAt()).isEqualTo(150);
  }
}
