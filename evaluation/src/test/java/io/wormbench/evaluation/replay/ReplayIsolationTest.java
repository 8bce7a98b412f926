package io.wormbench.evaluation.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.Detector;
import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Detectors never see ground truth: by what they receive, by API shape, and by bytecode. */
class ReplayIsolationTest {

  /** Records the class of every object the engine hands it. */
  static final class RecordingDetector implements Detector {
    final List<Object> seen = new ArrayList<>();

    @Override
    public String name() {
      return "recorder";
    }

    @Override
    public void observe(Event event, AlertSink alerts) {
      seen.add(event);
    }
  }

  @Test
  void replay_handsDetectorsOnlyEventRecords() {
    Scenario s = TestScenarios.load("tiny-incident");
    RecordingDetector rec = new RecordingDetector();
    RunResult r = Replay.run(1, Simulator.start(s.simulation(), 1), List.of(rec),
        s.simulation().learningEnd(), s.simulation().end(), Responder.none(), ts -> { });
    assertThat(rec.seen).hasSize((int) r.events()).isNotEmpty();
    for (Object o : rec.seen) {
      assertThat(o).isInstanceOf(Event.class);
      assertThat(o.getClass().getPackageName()).isEqualTo("io.wormbench.traffic.event");
      assertThat(o.getClass().isRecord()).isTrue();
    }
    assertThat(r.truth().steps()).as("the run had an attack for the scorer").isNotEmpty();
  }

  @Test
  void engineAndDetectorApi_takeNoTruthType() {
    for (Class<?> c : List.of(DetectionEngine.class, Detector.class, AlertSink.class)) {
      for (Method m : c.getMethods()) {
        for (Class<?> p : m.getParameterTypes()) {
          assertThat(p.getPackageName()).as(c.getSimpleName() + "." + m.getName())
              .isNotEqualTo("io.wormbench.traffic.truth");
        }
      }
      for (var k : c.getConstructors()) {
        for (Class<?> p : k.getParameterTypes()) {
          assertThat(p.getPackageName()).isNotEqualTo("io.wormbench.traffic.truth");
        }
      }
    }
  }

  @Test
  void detectorsBytecode_referencesNoTruthTypeButTheVocabulary() throws Exception {
    Path classes = Path.of(DetectionEngine.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    Set<String> referenced = new TreeSet<>();
    Pattern truthType = Pattern.compile("io/wormbench/traffic/truth/(\\w+)");
    int scanned = 0;
    for (byte[] bytes : classFiles(classes)) {
      scanned++;
      Matcher m = truthType.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        referenced.add(m.group(1));
      }
    }
    assertThat(scanned).as("detector classes found at " + classes).isGreaterThan(10);
    assertThat(referenced).isSubsetOf(Set.of("Stage", "Technique"));
  }

  private static List<byte[]> classFiles(Path location) throws IOException, URISyntaxException {
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
          try {
            out.add(Files.readAllBytes(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      return out;
    }
    try (var zip = new java.util.zip.ZipFile(location.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        if (e.getName().endsWith(".class")) {
          out.add(zip.getInputStream(e).readAllBytes());
        }
      }
    }
    return out;
  }
}
