package io.wormbench.detectors;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.ext;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentCorrelatorTest {
  private static Alert alert(String detector, long ts, int host, int peer, double score,
      String technique) {
    return new Alert(detector, ts, host, peer, score, technique, "e");
  }

  @Test
  void bruteForceSourceAndLaterAlertsOnTarget_formOneIncident() {
    List<Alert> alerts = List.of(
        alert("rare-endpoint-download", T0, in(1), ext(9), 0.9, "T1105"),
        alert("smb-brute-force", T0 + Micros.HOUR, in(1), in(2), 0.9, "T1110.003"),
        alert("smb-executable-drop", T0 + 2 * Micros.HOUR, in(1), in(2), 0.8, "T1570"),
        alert("mining-protocol", T0 + 3 * Micros.HOUR, in(2), ext(7), 1.0, "T1496"),
        alert("mining-protocol", T0 + 3 * Micros.HOUR, in(77), ext(7), 0.9, "T1496"));
    List<Incident> incidents = IncidentCorrelator.defaults().correlate(alerts);
    assertThat(incidents).hasSize(2);
    Incident worm = incidents.get(0);
    assertThat(worm.id()).isEqualTo("INC-0001");
    assertThat(worm.hosts()).containsExactly(in(1), in(2));
    assertThat(worm.detectors()).containsExactly("mining-protocol", "rare-endpoint-download",
        "smb-brute-force", "smb-executable-drop");
    assertThat(worm.stages()).containsExactly(Stage.INITIAL_DOWNLOAD, Stage.BRUTE_FORCE,
        Stage.LATERAL_TRANSFER, Stage.MINING);
    assertThat(worm.first()).isEqualTo(T0);
    assertThat(worm.last()).isEqualTo(T0 + 3 * Micros.HOUR);
    assertThat(worm.maxScore()).isEqualTo(1.0);
    assertThat(worm.alerts()).isEqualTo(4);
    assertThat(incidents.get(1).hosts()).containsExactly(in(77));
  }

  @Test
  void twoCasesReachingTheSameHost_merge() {
    List<Alert> alerts = List.of(
        alert("mining-protocol", T0, in(3), ext(7), 0.9, "T1496"),
        alert("smb-brute-force", T0 + Micros.MINUTE, in(1), in(3), 0.9, "T1110.001"));
    List<Incident> incidents = IncidentCorrelator.defaults().correlate(alerts);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).hosts()).containsExactly(in(1), in(3));
  }

  @Test
  void lowScoresAndStaleCases_areNotJoined() {
    List<Alert> alerts = List.of(
        alert("smb-brute-force", T0, in(1), in(2), 0.25, "T1110.001"),
        alert("mining-protocol", T0, in(5), Ipv4.NONE, 0.9, "T1496"),
        alert("mining-protocol", T0 + 3 * Micros.DAY, in(5), Ipv4.NONE, 0.9, "T1496"));
    List<Incident> incidents = IncidentCorrelator.defaults().correlate(alerts);
    assertThat(incidents).extracting(Incident::hosts)
        .containsExactly(List.of(in(5)), List.of(in(5)));
  }
}
