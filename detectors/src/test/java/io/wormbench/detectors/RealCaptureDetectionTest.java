package io.wormbench.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.mining.MiningProtocolDetector;
import io.wormbench.detectors.smb.SmbBruteForceDetector;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.net.Ipv4;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detectors on real captures nobody on this project wrote (see shared/captures/README.md),
 * decoded by the traffic module's pcap reader: what fires on the simulator must fire on the
 * wire too.
 */
class RealCaptureDetectionTest {

  static Path capture(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/captures").resolve(name);
      if (Files.exists(p)) {
        return p;
      }
    }
    return Path.of("/work/shared/captures", name);
  }

  /** Runs every built-in detector at defaults plus {@code extra}, with no learning period. */
  static List<Alert> run(String name, Detector... extra) {
    List<Alert> alerts = new ArrayList<>();
    try (PcapEventSource source = PcapEventSource.open(capture(name))) {
      List<Detector> detectors = new ArrayList<>(List.of(extra));
      DetectionEngine engine = new DetectionEngine(detectors, Long.MIN_VALUE, alerts::add);
      engine.run(source, Long.MIN_VALUE);
    }
    return alerts;
  }

  @Test
  void smbNtlmCapture_failedLogonsRaiseBruteForceWithLoweredThreshold() {
    List<Alert> alerts = run("sv_smb2-ntlmssp-negotiateflags.pcap",
        new SmbBruteForceDetector(Fixtures.params("minFailures: 3")));
    assertThat(alerts).isNotEmpty().allSatisfy(a -> {
      assertThat(a.detector()).isEqualTo("smb-brute-force");
      assertThat(a.evidence()).contains("failed NTLM logons");
    });
    assertThat(alerts.get(alerts.size() - 1).evidence()).contains("with 2 user names");
  }

  @Test
  void smbNtlmCapture_fiveFailuresStayBelowDefaultBruteForce() {
    List<Alert> alerts = run("sv_smb2-ntlmssp-negotiateflags.pcap",
        new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    assertThat(alerts).isEmpty();
  }

  @Test
  void coinhiveCapture_raisesMinerGateMiningAlert() {
    List<Alert> alerts = run("coinhive-stratum.pcap",
        new MiningProtocolDetector(MiningProtocolDetector.Settings.DEFAULTS));
    assertThat(alerts).filteredOn(a -> a.score() >= Detector.DEFAULT_THRESHOLD).isNotEmpty()
        .allSatisfy(a -> {
          assertThat(Ipv4.format(a.host())).isEqualTo("10.0.2.15");
          assertThat(a.technique()).isEqualTo("T1496");
        });
    assertThat(alerts).anySatisfy(a -> {
      assertThat(a.score()).isGreaterThanOrEqualTo(0.8);
      assertThat(Ipv4.format(a.peer())).isEqualTo("192.110.160.114");
      assertThat(a.evidence())
          .startsWith("XMRig/MinerGate mining method 'login' sent to 192.110.160.114:3333");
    });
  }

  @Test
  void bitcoinCapture_raisesStratumMiningAlert() {
    List<Alert> alerts = run("bitcoin-mining.pcap",
        new MiningProtocolDetector(MiningProtocolDetector.Settings.DEFAULTS));
    assertThat(alerts).filteredOn(a -> a.score() >= Detector.DEFAULT_THRESHOLD)
        .anySatisfy(a -> {
          assertThat(Ipv4.format(a.host())).isEqualTo("10.0.2.15");
          assertThat(Ipv4.format(a.peer())).isEqualTo("74.84.128.158");
          assertThat(a.evidence()).contains("Stratum mining method 'mining.");
        });
  }

  @Test
  void wikipediaCapture_raisesNothingFromAnyDetector() {
    List<Alert> alerts = run("wikipedia.pcap", DetectorSuite.defaults().create()
        .toArray(new Detector[0]));
    assertThat(alerts).isEmpty();
  }
}
