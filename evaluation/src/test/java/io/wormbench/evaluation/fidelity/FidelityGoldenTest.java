package io.wormbench.evaluation.fidelity;

import static io.wormbench.evaluation.fidelity.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.fidelity.artefact.TreeCheck;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals fidelity.json and fidelity.csv (evaluation/SCHEMA.md) with golden files built from two
 * fixture runs and the tree between them, under several default locales and time zones.
 * Regenerate after an intended change with {@code ./mvnw -o -pl evaluation -am test
 * -Dtest=FidelityGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dwormbench.regenerate=true}.
 */
class FidelityGoldenTest {
  static final String HEADER = "# do not edit, regenerate with: ./mvnw -o -pl evaluation -am test"
      + " -Dtest=FidelityGoldenTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dwormbench.regenerate=true";
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final Map<String, Function<FidelityReport, String>> FILES = Map.of(
      "fidelity.json", r -> FidelityFiles.json(r, "wormbench fidelity fixture"),
      "fidelity.csv", FidelityFiles::csv);

  private Locale locale;
  private TimeZone zone;

  @BeforeEach
  void save() {
    locale = Locale.getDefault();
    zone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  /** A small mixed network: domain chatter, web, DNS, TLS and a few attack connections. */
  static Fidelity.Measurement run(int variant) {
    Fixture f = new Fixture().label("fixture " + (char) ('a' + variant));
    for (int h = 0; h < 24; h++) {
      long t = at(0, h) + variant * 1234;
      f.tcp(t, WS1, DC, 88, h % 5 == 0 ? ConnState.RSTO : ConnState.SF);
      f.udp(t, WS2, DC, 389);
      f.conn(t + 5, WS1, EXT, Transport.TCP, 443, "ssl", ConnState.SF, 300 + 40 * h,
          5000 + 700 * h, 2_000_000L * h, 5, 7);
      f.dns(t, h % 4 == 0 ? "AAAA" : "A", h % 7 == 0 ? "NXDOMAIN" : "NOERROR");
      f.tls(t + 5, h % 6 == 0 ? "" : "cdn.example", h % 3 == 0 ? "TLSv13" : "TLSv12");
      f.http(t, WS2, h % 2 == 0 ? "Mozilla/5.0" : "Windows-Update-Agent/10.0", 200);
      f.udp(at(1, h) + variant, IOT, EXT2, 123);
    }
    for (int i = 0; i < 6; i++) {
      f.attack(f.conn(at(1, 2) + i * 1000 + variant, WS1, EXT2, Transport.TCP, 45700,
          "", ConnState.SF, 11_900, 21_200, 3_600_000_000L, 40, 30));
      f.attack(f.tcp(at(1, 3) + i, WS1, SRV, 445, ConnState.REJ));
    }
    return f.measure(ReferenceFile.defaults());
  }

  static FidelityReport report() {
    Fidelity.Measurement a = run(0);
    Fidelity.Measurement b = run(1);
    TreeCheck tree = TreeCheck.run(a.sample().orElseThrow(), b.sample().orElseThrow(),
        TreeCheck.DEFAULT_EXCLUDED);
    return new FidelityReport(ReferenceFile.defaults(), List.of(a.run(), b.run()),
        Optional.of(tree));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US/UTC", "de-DE/Asia/Singapore", "ar-EG/America/New_York"})
  void outputs_matchGoldenFiles_inAnyLocaleAndZone(String setting) throws Exception {
    int slash = setting.indexOf('/');
    Locale.setDefault(Locale.forLanguageTag(setting.substring(0, slash)));
    TimeZone.setDefault(TimeZone.getTimeZone(setting.substring(slash + 1)));
    FidelityReport report = report();
    boolean regenerate = Boolean.getBoolean("wormbench.regenerate");
    for (Map.Entry<String, Function<FidelityReport, String>> f : FILES.entrySet()) {
      Path golden = GOLDEN.resolve(f.getKey());
      String actual = f.getValue().apply(report);
      if (regenerate) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, HEADER + "\n" + actual, StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertThat(expected).as(f.getKey() + " header").startsWith(HEADER + "\n");
      assertThat(actual).as(f.getKey() + " under " + setting)
          .isEqualTo(expected.substring(HEADER.length() + 1));
    }
  }
}
