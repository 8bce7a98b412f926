package io.wormbench.detectors.smb;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmbBruteForceDetectorTest {
  private static final double T = Detector.DEFAULT_THRESHOLD;

  private static SmbBruteForceDetector detector(String yaml) {
    return new SmbBruteForceDetector(Fixtures.params(yaml));
  }

  /** A worm-like burst: {@code n} failures from {@code src} cycling users and targets. */
  private static void burst(Fixtures f, long start, int src, int n, int users, int targets) {
    for (int i = 0; i < n; i++) {
      f.ntlm(start + i * 10 * Micros.SECOND, src, in(100 + i % targets), "user" + (i % users),
          false);
    }
  }

  @Test
  void failedLogonsFromManyUsernamesToManyHosts_raiseBruteForce() {
    Fixtures f = new Fixtures();
    burst(f, T0, in(50), 14, 9, 6);
    List<Alert> alerts = f.run(detector("minFailures: 5"));
    // The first alert already scores 0.95; the gate lets one more through only on a rise of 0.1.
    assertThat(countAtLeast(alerts, T)).isEqualTo(1);
    Alert top = alerts.get(alerts.size() - 1);
    assertThat(top.host()).isEqualTo(in(50));
    assertThat(top.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(top.technique()).isEqualTo("T1110.003");
    assertThat(top.evidence()).isEqualTo(
        "5 failed NTLM logons to 5 hosts with 5 user names in 10 min");
  }

  @Test
  void passwordTypoThenSuccess_staysQuiet() {
    Fixtures f = new Fixtures();
    for (int u = 0; u < 20; u++) {
      long t = T0 + u * 7 * Micros.MINUTE;
      for (int k = 0; k < 1 + u % 3; k++) {
        f.ntlm(t + k * 5 * Micros.SECOND, in(200 + u), in(2), "alice" + u, false);
      }
      f.ntlm(t + Micros.MINUTE, in(200 + u), in(2), "alice" + u, true);
    }
    assertThat(f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS)))
        .isEmpty();
  }

  @Test
  void expiredServiceAccountFailingOnSchedule_scoresBelowDefaultThreshold() {
    Fixtures f = new Fixtures();
    // A service retrying every 30 s all day against the domain controller.
    for (int i = 0; i < 2 * 60 * 24; i++) {
      f.ntlm(T0 + i * 30 * Micros.SECOND, in(30), in(2), "svc_backup", false);
    }
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    assertThat(alerts).isNotEmpty();
    assertThat(countAtLeast(alerts, T)).isZero();
    assertThat(alerts).allSatisfy(a -> assertThat(a.score()).isLessThanOrEqualTo(0.25));
  }

  @Test
  void credentialedScannerFailingOneAccountOnManyHosts_staysBelowThreshold() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 18; i++) {
      f.ntlm(T0 + i * 20 * Micros.SECOND, in(22), in(100 + i), "svc_scan", false);
    }
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    assertThat(alerts).extracting(Alert::score).containsExactly(0.3, 0.4);
    assertThat(countAtLeast(alerts, T)).isZero();
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    burst(f, T0, in(60), 6, 1, 1); // one user, one host: volume only
    burst(f, T0 + Micros.HOUR, in(61), 6, 3, 1); // a few user names on one host
    burst(f, T0 + 2 * Micros.HOUR, in(62), 6, 6, 6); // spraying across hosts
    List<Alert> alerts = f.run(detector("minFailures: 6"));
    assertThat(alerts).extracting(Alert::score).containsExactly(0.125, 0.4, 0.95);
    assertThat(countAtLeast(alerts, 0.1)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.99)).isZero();
  }

  @Test
  void threeHarvestedLocalNamesAtSixAMinuteOnOneTarget_raiseBruteForce() {
    Fixtures f = new Fixtures();
    String[] names = {"administrator", "backup", "helpdesk"};
    for (int i = 0; i < 60; i++) {
      f.ntlmLocal(T0 + i * 10 * Micros.SECOND, in(50), in(120), "WS120", names[i % 3], false);
    }
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    Alert top = alerts.get(alerts.size() - 1);
    assertThat(top.score()).isGreaterThanOrEqualTo(T);
    assertThat(top.evidence()).contains("with 3 user names");
  }

  @Test
  void localAccountQualifiers_countOneGuessedNameAcrossTargets() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 12; i++) {
      f.ntlmLocal(T0 + i * 10 * Micros.SECOND, in(50), in(120 + i), "WS" + (120 + i), "admin",
          false);
    }
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    assertThat(alerts).isNotEmpty().allSatisfy(a ->
        assertThat(a.evidence()).contains("with 1 user name "));
    assertThat(countAtLeast(alerts, T)).isZero();
  }

  @Test
  void kerberosPasswordSpraying_raisesBruteForce() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 16; i++) {
      f.kerberos(T0 + i * 15 * Micros.SECOND, in(50), in(2), "user" + i + "/CORP.EXAMPLE",
          i % 4 == 0 ? "KDC_ERR_C_PRINCIPAL_UNKNOWN" : "KDC_ERR_PREAUTH_FAILED");
    }
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    Alert top = alerts.get(alerts.size() - 1);
    assertThat(top.score()).isGreaterThanOrEqualTo(T);
    assertThat(top.technique()).isEqualTo("T1110.003");
    assertThat(top.evidence()).matches(
        "1[0-9] failed Kerberos logons to 1 host with 1[0-9] user names in 10 min");
  }

  @Test
  void kerberosPreauthRequiredReplies_areNoFailures() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 200; i++) {
      f.kerberos(T0 + i * Micros.SECOND, in(40 + i % 5), in(2), "user" + i + "/CORP.EXAMPLE",
          "KDC_ERR_PREAUTH_REQUIRED");
      f.kerberos(T0 + i * Micros.SECOND + 500, in(40 + i % 5), in(2),
          "user" + i + "/CORP.EXAMPLE", "");
    }
    assertThat(f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS)))
        .isEmpty();
  }

  @Test
  void ldapBindsWithBadCredentials_countWithNtlmFailures() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 8; i++) {
      f.ldapBind(T0 + i * 10 * Micros.SECOND, in(50), in(2),
          "CN=user" + i + ",OU=Staff,DC=corp,DC=example", "invalid credentials");
      f.ntlm(T0 + i * 10 * Micros.SECOND + 5, in(50), in(100 + i % 4), "user" + i, false);
    }
    f.ldapBind(T0 + Micros.MINUTE * 3, in(51), in(2), "CN=alice,DC=corp,DC=example", "success");
    List<Alert> alerts = f.run(new SmbBruteForceDetector(SmbBruteForceDetector.Settings.DEFAULTS));
    Alert top = alerts.get(alerts.size() - 1);
    assertThat(top.host()).isEqualTo(in(50));
    assertThat(top.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(top.evidence()).isEqualTo("10 failed logons over 2 protocols (latest NTLM) to"
        + " 5 hosts with 5 user names in 10 min");
  }

  @Test
  void identities_reduceToTheAccountName() {
    assertThat(Identities.account("WS12\\Admin")).isEqualTo("admin");
    assertThat(Identities.account("admin@corp.example")).isEqualTo("admin");
    assertThat(Identities.kerberosClient("Admin/CORP.EXAMPLE")).isEqualTo("admin");
    assertThat(Identities.ldapBindName("CN=Admin,OU=IT,DC=corp")).isEqualTo("admin");
    assertThat(Identities.ldapBindName("CORP\\admin")).isEqualTo("admin");
  }

  @Test
  void failuresSpreadBeyondWindow_doNotAccumulate() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 10; i++) {
      f.ntlm(T0 + i * 2 * Micros.MINUTE, in(70), in(100 + i), "u" + i, false);
    }
    assertThat(f.run(detector("minFailures: 6\nwindow: 5m"))).isEmpty();
  }

  @Test
  void badParameter_failsNamingFieldAndLine() {
    assertThatThrownBy(() -> detector("window: 10m\nminFailures: 0"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("minFailures")
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> detector("minFailure: 3"))
        .hasMessageContaining("did you mean 'minFailures'");
  }
}
