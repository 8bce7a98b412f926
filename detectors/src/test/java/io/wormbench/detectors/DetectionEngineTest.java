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
  void sharedEndpointRarity_givesEveryDetectorTheAlertsItRaisesAlone() {
    // Popular and rare endpoints for the three rarity readers: executable downloads, outbound
    // SMB, and a beacon, each once to an endpoint 40 devices use and once to one nobody does.
    Fixtures f = new Fixtures();
    long day = io.wormbench.traffic.time.Micros.DAY;
    long min = io.wormbench.traffic.time.Micros.MINUTE;
    for (int d = 0; d < 40; d++) {
      f.http(T0 + d * min, Fixtures.in(100 + d), Fixtures.ext(1), "cdn.example", "/a.exe", "UA",
          "application/x-dosexec", 1000);
      f.conn(T0 + d * min + 1, Fixtures.in(100 + d), Fixtures.ext(2), 445, "smb", 1, 1, 1,
          io.wormbench.traffic.event.ConnState.SF);
    }
    long after = T0 + day;
    for (int host : new int[] {Fixtures.in(100), Fixtures.in(200)}) {
      int rare = host == Fixtures.in(100) ? 2 : 50;
      f.http(after, host, Fixtures.ext(1), "cdn.example", "/b.exe", "", "application/x-dosexec",
          1000);
      f.http(after + min, host, Fixtures.ext(rare + 7), "x.example", "/c.exe", "",
          "application/x-dosexec", 1000);
      for (int i = 0; i < 20; i++) {
        f.conn(after + 2 * min + i, host, Fixtures.ext(rare + 10 + i), 445, "", 0, 0, 0,
            io.wormbench.traffic.event.ConnState.S0);
      }
      for (int i = 0; i < 200; i++) {
        f.conn(after + 3 * min + i * min, host, Fixtures.ext(rare + 40), 443, "ssl", 1000, 300,
            300, io.wormbench.traffic.event.ConnState.SF);
      }
    }
    List<Detector> all = DetectorSuite.defaults().create();
    List<String> readers = List.of("rare-endpoint-download", "external-smb-rpc", "beaconing");
    List<io.wormbench.traffic.alert.Alert> together =
        new ArrayList<>(f.run(T0 + day, all.toArray(new Detector[0])));
    List<io.wormbench.traffic.alert.Alert> alone = new ArrayList<>();
    for (Detector d : DetectorSuite.defaults().create()) {
      alone.addAll(f.run(T0 + day, d));
    }
    java.util.Comparator<io.wormbench.traffic.alert.Alert> order = java.util.Comparator
        .comparing(io.wormbench.traffic.alert.Alert::detector)
        .thenComparingLong(io.wormbench.traffic.alert.Alert::ts)
        .thenComparingInt(io.wormbench.traffic.alert.Alert::host)
        .thenComparingInt(io.wormbench.traffic.alert.Alert::peer);
    together.sort(order);
    alone.sort(order);
    assertThat(together.stream().map(io.wormbench.traffic.alert.Alert::detector).distinct())
        .containsAll(readers);
    assertThat(together).isEqualTo(alone);
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
