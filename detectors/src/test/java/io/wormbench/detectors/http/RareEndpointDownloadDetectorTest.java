package io.wormbench.detectors.http;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.ext;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class RareEndpointDownloadDetectorTest {
  private static final String EXE = "application/x-dosexec";
  private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
      + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

  private static RareEndpointDownloadDetector detector() {
    return new RareEndpointDownloadDetector(RareEndpointDownloadDetector.Settings.DEFAULTS);
  }

  @Test
  void executableFromRareEndpointWithoutUserAgent_raisesDownloadAlert() {
    Fixtures f = new Fixtures();
    f.http(T0 + Micros.HOUR, in(20), ext(66), "", "/x/payload.bin", "", EXE, 250_000);
    List<Alert> alerts = f.run(T0, detector());
    assertThat(alerts).hasSize(1);
    Alert a = alerts.get(0);
    assertThat(a.host()).isEqualTo(in(20));
    assertThat(a.peer()).isEqualTo(ext(66));
    assertThat(a.technique()).isEqualTo("T1105");
    assertThat(a.score()).isEqualTo(1.0);
    assertThat(a.evidence()).isEqualTo("executable payload.bin (250000 bytes, application/x-dosexec)"
        + " downloaded from 93.184.66.7, an endpoint 1 internal device ever contacted"
        + " (of 1 seen using DNS, HTTP or TLS); user agent missing");
  }

  @Test
  void popularUpdateDownloads_stayQuiet() {
    Fixtures f = new Fixtures();
    // Thirty workstations fetch the same update from the vendor's server within a day.
    for (int i = 0; i < 30; i++) {
      f.http(T0 + i * 10 * Micros.MINUTE, in(100 + i), ext(9), "updates.vendor.example",
          "/kb/KB5034441-x64.msi", "Microsoft-Delivery-Optimization/10.0", EXE, 40_000_000);
    }
    List<Alert> alerts = f.run(T0, detector());
    // Only the first device, before the endpoint was seen twice in this population, alerts.
    assertThat(alerts).hasSize(1);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.8)).isZero();
  }

  @Test
  void updateServerLearnedAsPopular_staysQuietAfterLearning() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 10; i++) {
      f.tls(T0 + i * Micros.MINUTE, in(100 + i), ext(9), "updates.vendor.example");
    }
    f.http(T0 + Micros.DAY, in(150), ext(9), "updates.vendor.example", "/kb/KB1.msi",
        "Microsoft-Delivery-Optimization/10.0", EXE, 40_000_000);
    assertThat(f.run(T0 + Micros.HOUR, detector())).isEmpty();
  }

  @Test
  void nonExecutableFromRareEndpoint_staysQuiet() {
    Fixtures f = new Fixtures();
    f.http(T0, in(20), ext(66), "blog.example", "/index.html", BROWSER, "text/html", 5000);
    assertThat(f.run(detector())).isEmpty();
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    f.http(T0, in(20), ext(61), "tools.example", "/a.exe", BROWSER, EXE, 1000); // 0.6
    f.http(T0, in(21), ext(62), "tools2.example", "/b.exe", "Updater/2.1", EXE, 1000); // 0.75
    f.http(T0, in(23), ext(64), "tools3.example", "/d.exe", "curl/8.0", EXE, 1000); // 0.85
    f.http(T0, in(22), ext(63), "", "/c.exe", "", EXE, 1000); // 1.0
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.6, 0.75, 0.85, 1.0);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(4);
    assertThat(countAtLeast(alerts, 0.7)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.8)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.9)).isEqualTo(1);
  }

  @Test
  void powerShellDownloadAgent_scoresAsScriptedNotAsBrowser() {
    Fixtures f = new Fixtures();
    f.http(T0, in(20), ext(61), "tools.example", "/a.exe",
        "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.1682",
        EXE, 1000);
    assertThat(f.run(detector())).extracting(Alert::score).containsExactly(0.85);
  }

  @Test
  void userAgentClasses_tellScriptedAgentsFromBrowsers() {
    for (String agent : List.of("curl/8.4.0", "Wget/1.21", "python-requests/2.31.0",
        "Microsoft BITS/7.8", "CertUtil URL Agent", "bitsadmin",
        "Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)")) {
      assertThat(UserAgents.of(agent)).as(agent).isEqualTo(UserAgents.SCRIPTED);
    }
    assertThat(UserAgents.of(BROWSER)).isEqualTo(UserAgents.BROWSER);
    assertThat(UserAgents.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")) // no engine token
        .isEqualTo(UserAgents.OTHER);
    assertThat(UserAgents.of("")).isEqualTo(UserAgents.MISSING);
  }

  @Test
  void vendorUsedByTwoOfASmallOffice_isNotRareButTwoOfALargeOneIs() {
    for (int population : new int[] {38, 400}) {
      Fixtures f = new Fixtures();
      for (int i = 0; i < population; i++) {
        f.dns(T0 + i * Micros.SECOND, in(100 + i), "intranet.corp.example");
      }
      f.tls(T0 + Micros.HOUR, in(100), ext(9), "dl.vendor.example");
      f.http(T0 + 2 * Micros.HOUR, in(101), ext(9), "dl.vendor.example", "/setup.exe",
          BROWSER, EXE, 1000);
      List<Alert> alerts = f.run(T0, detector());
      assertThat(alerts).as("population %d", population).hasSize(population == 38 ? 0 : 1);
    }
  }

  @Test
  void vendorKnownUnderAnotherHostName_countsItsRegisteredDomain() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 10; i++) {
      f.dns(T0 + i * Micros.SECOND, in(100 + i), "www.vendor.example");
    }
    f.http(T0 + Micros.HOUR, in(120), ext(9), "dl3.vendor.example", "/setup.exe",
        BROWSER, EXE, 1000);
    assertThat(f.run(T0, detector())).isEmpty();
  }

  @Test
  void executableExtension_isRecognisedWithoutMimeType() {
    assertThat(Executables.isExecutable("", "/files/setup.EXE?x=1")).isTrue();
    assertThat(Executables.isExecutable("", "/files/readme.txt")).isFalse();
    assertThat(Executables.isExecutable("", "/dir.exe/readme")).isFalse();
  }
}
