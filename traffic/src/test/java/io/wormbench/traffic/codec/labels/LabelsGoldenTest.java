package io.wormbench.traffic.codec.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.SampleEvents;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals labels.csv and conn.log.labeled with golden files built from {@link SampleEvents}: the
 * web download is an attack step's flow, the SMB session a look-alike's, the rest benign,
 * under several default locales and time zones. Regenerate after an intended change with
 * {@code ./mvnw -o -pl traffic test -Dtest=LabelsGoldenTest -Dwormbench.regenerate=true}.
 */
class LabelsGoldenTest {
  static final String HEADER = "# do not edit, regenerate with: ./mvnw -o -pl traffic test"
      + " -Dtest=LabelsGoldenTest -Dwormbench.regenerate=true";
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir Path dir;
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

  static GroundTruth truth() {
    long t0 = SampleEvents.T0;
    int ws = Ipv4.of(10, 0, 1, 10);
    return new GroundTruth("golden", 1, t0, t0 + Micros.DAY, List.of(), List.of(),
        List.of(new AttackStep(7, Stage.INITIAL_DOWNLOAD, "T1105", ws, Ipv4.of(203, 0, 113, 9),
            t0, t0 + Micros.MINUTE, List.of("CwebAAAAAAAAAAAAAA"))),
        List.of(new BenignActivity("software-deployment", ws, Ipv4.of(10, 0, 1, 20), t0,
            t0 + Micros.MINUTE, 2, List.of("CsmbAAAAAAAAAAAAAA"))));
  }

  private void writeLabels(Path out) {
    LabelsPass pass = new LabelsPass(out);
    for (Event e : SampleEvents.all()) {
      pass.accept(e);
    }
    pass.close();
    pass.finish(truth());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US/UTC", "de-DE/Asia/Singapore", "ar-EG/America/New_York"})
  void labels_matchGoldenFiles_inAnyLocaleAndZone(String setting) throws Exception {
    int slash = setting.indexOf('/');
    Locale.setDefault(Locale.forLanguageTag(setting.substring(0, slash)));
    TimeZone.setDefault(TimeZone.getTimeZone(setting.substring(slash + 1)));
    Path out = dir.resolve(setting.replace('/', '_'));
    writeLabels(out);
    for (String name : List.of("labels.csv", "conn.log.labeled")) {
      String actual = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve(name);
      if (Boolean.getBoolean("wormbench.regenerate")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, HEADER + "\n" + actual, StandardCharsets.UTF_8);
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertThat(actual).as(name + " under " + setting)
          .isEqualTo(expected.substring(expected.indexOf('\n') + 1));
    }
  }

  @Test
  void scratchFolder_isRemovedAfterTheSecondPass() {
    Path out = dir.resolve("run");
    writeLabels(out);
    assertThat(out.resolve(LabelsPass.SCRATCH)).doesNotExist();
  }

  @Test
  void readBack_givesTheLabelsOfTheTruth() {
    Path out = dir.resolve("run");
    writeLabels(out);
    java.util.List<FlowLabel> rows = new java.util.ArrayList<>();
    LabelsCsv.read(out.resolve("labels.csv"), rows::add);
    assertThat(rows).hasSize((int) SampleEvents.all().stream()
        .filter(e -> e instanceof io.wormbench.traffic.event.Connection).count());
    FlowLabel web = rows.stream().filter(l -> l.uid().equals("CwebAAAAAAAAAAAAAA")).findFirst()
        .orElseThrow();
    assertThat(web.malicious()).isTrue();
    assertThat(web.step()).isEqualTo(7);
    assertThat(web.stage()).contains(Stage.INITIAL_DOWNLOAD);
    FlowLabel smb = rows.stream().filter(l -> l.uid().equals("CsmbAAAAAAAAAAAAAA")).findFirst()
        .orElseThrow();
    assertThat(smb.malicious()).isFalse();
    assertThat(smb.lookalike()).isEqualTo("software-deployment");
  }
}
