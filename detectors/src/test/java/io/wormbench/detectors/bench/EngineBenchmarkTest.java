package io.wormbench.detectors.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.DetectorSuite;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the benchmark reports is what the engine did; its speed is not asserted here. */
class EngineBenchmarkTest {

  @Test
  void benchmarkRun_countsTheSameEventsAndAlertsAsAPlainRun() {
    List<Event> events = new ArrayList<>();
    new SyntheticTraffic(30, 2, 5).forEachRemaining(events::add);
    long learningEnd = events.get(0).ts() + Micros.DAY;
    List<Alert> alerts = new ArrayList<>();
    DetectionEngine engine =
        new DetectionEngine(DetectorSuite.defaults().create(), learningEnd, alerts::add);
    events.forEach(engine::observe);
    engine.finish(events.get(events.size() - 1).ts());

    EngineBenchmark.Result r = EngineBenchmark.run(new SyntheticTraffic(30, 2, 5), learningEnd);
    assertThat(r.events()).isEqualTo(events.size()).isGreaterThan(EngineBenchmark.CHUNK);
    assertThat(r.alerts()).isEqualTo(alerts.size());
    assertThat(r.seconds()).isPositive();
    assertThat(r.eventsPerSecond()).isEqualTo(r.events() / r.seconds());
  }

  @Test
  void perDetector_timesEveryDetectorAloneOverTheWholeSource() {
    List<io.wormbench.detectors.Detector> detectors = DetectorSuite.defaults().create();
    List<EngineBenchmark.Share> shares = EngineBenchmark.perDetector(
        new SyntheticTraffic(30, 2, 5), detectors, Long.MIN_VALUE);
    assertThat(shares).extracting(EngineBenchmark.Share::detector)
        .containsExactlyElementsOf(detectors.stream().map(d -> d.name()).toList());
    long events = new SyntheticTraffic(30, 2, 5).stream().count();
    for (EngineBenchmark.Share s : shares) {
      assertThat(s.seconds()).isPositive();
      assertThat(s.eventsPerSecond()).isCloseTo(events / s.seconds(),
          org.assertj.core.api.Assertions.within(1e-6 * events / s.seconds()));
    }
  }

  @Test
  void syntheticTraffic_isTimeOrderedAndSeeded() {
    List<Event> a = new ArrayList<>();
    List<Event> b = new ArrayList<>();
    new SyntheticTraffic(10, 1, 9).forEachRemaining(a::add);
    new SyntheticTraffic(10, 1, 9).forEachRemaining(b::add);
    assertThat(a).isEqualTo(b);
    for (int i = 1; i < a.size(); i++) {
      assertThat(a.get(i).ts()).isGreaterThanOrEqualTo(a.get(i - 1).ts());
    }
  }
}
