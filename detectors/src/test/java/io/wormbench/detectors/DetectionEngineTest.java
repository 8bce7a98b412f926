package io.wormbench.detectors;

import static io.wormbench.detectors.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {

  /** Records what the engine calls, in order. */
  private static final class Recorder implements Detector {
    final List<String> calls = new ArrayList<>();

    @Override
    public String name() {
      return "recorder";
    }

    @Override
    public void observe(Event event, AlertSink alerts) {
      calls.add("observe " + (event.ts() - T0));
    }

    @Override
    public void advance(long now, AlertSink alerts) {
      calls.add("advance " + (now - T0));
    }

    @Override
    public void endLearning(long ts) {
      calls.add("endLearning " + (ts - T0));
    }
  }

  @Test
  void eventsCrossingLearningEnd_advanceToItThenEndLearningOnce() {
    Fixtures f = new Fixtures();
    f.dns(T0 + 10, Fixtures.in(5), "a.example");
    f.dns(T0 + 500, Fixtures.in(5), "b.example");
    Recorder r = new Recorder();
    f.run(T0 + 200, r);
    assertThat(r.calls).containsExactly("advance 10", "observe 10", "advance 110", "observe 110",
        "advance 200", "endLearning 200", "advance 500", "observe 500", "advance 600",
        "observe 600", "advance 600");
    assertThat(r.calls.stream().filter(c -> c.startsWith("endLearning"))).hasSize(1);
  }

  @Test
  void runShorterThanLearning_stillEndsLearningAtFinish() {
    Fixtures f = new Fixtures();
    f.dns(T0 + 10, Fixtures.in(5), "a.example");
    Recorder r = new Recorder();
    f.run(T0 + Micros.DAY, r);
    assertThat(r.calls).contains("endLearning " + Micros.DAY);
  }

  @Test
  void throwingDetector_abortsRunNamingDetectorAndEvent() {
    Detector broken = new Detector() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public void observe(Event event, AlertSink alerts) {
        throw new IllegalStateException("boom");
      }
    };
    Fixtures f = new Fixtures();
    f.dns(T0 + 10, Fixtures.in(5), "a.example");
    assertThatThrownBy(() -> f.run(broken))
        .isInstanceOf(DetectorFailure.class)
        .hasMessageContaining("detector 'broken'")
        .hasMessageContaining("conn event uid C00000000000000001")
        .hasMessageContaining("boom");
  }

  @Test
  void eventOutOfOrder_isRejected() {
    Fixtures f = new Fixtures();
    f.dns(T0 + 10, Fixtures.in(5), "a.example");
    List<Alert> alerts = new ArrayList<>();
    DetectionEngine engine = new DetectionEngine(List.of(new Recorder()), T0, alerts::add);
    engine.observe(f.events().get(1));
    assertThatThrownBy(() -> engine.observe(f.events().get(0)))
        .hasMessageContaining("out of time order");
  }
}
