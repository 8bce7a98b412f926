package io.wormbench.evaluation.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.scenario.ResponseSpec;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostTimeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponderTest {
  @Test
  void quarantineOnAlert_wormStopsOnTheHost() {
    assertQuarantine(false);
  }

  @Test
  void quarantineOnAlert_silencesAllTrafficOfTheHost() {
    assertQuarantine(true);
  }

  private static void assertQuarantine(boolean inbound) {
    Scenario s = TestScenarios.load("tiny-incident");
    long learningEnd = s.simulation().learningEnd();
    List<Detector> detectors = new ArrayList<>(s.detectors().create());
    List<Event> seen = new ArrayList<>();
    detectors.add(new Detector() {
      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public void observe(Event event, AlertSink alerts) {
        seen.add(event);
      }
    });
    Map<Integer, Long> quarantined = new HashMap<>();
    Responder quarantine = Responder.of(new ResponseSpec(true, 0.5, Micros.MINUTE), learningEnd);
    Responder spy = (alert, hook) -> quarantine.onAlert(alert, (host, at) -> {
      quarantined.putIfAbsent(host, at);
      hook.quarantine(host, at);
    });
    RunResult r = Replay.run(1, Simulator.start(s.simulation(), 1), detectors, learningEnd,
        s.simulation().end(), spy, ts -> { });
    assertThat(quarantined).isNotEmpty();
    assertThat(quarantined.keySet()).as("an infected host was quarantined, so the check bites")
        .anyMatch(h -> r.truth().timeline(h).infected());
    quarantined.forEach((host, at) -> {
      assertThat(r.truth().timeline(host).quarantinedAt()).isEqualTo(at);
      assertThat(r.truth().steps()).filteredOn(st -> st.source() == host && st.start() > at)
          .as("attack steps from a quarantined host").isEmpty();
      if (inbound) {
        assertThat(seen).filteredOn(e -> e.ts() > at
                && (e.id().origH() == host || e.id().respH() == host))
            .as("traffic of quarantined host").isEmpty();
      }
    });
    assertThat(r.truth().timelines()).anyMatch(t -> t.quarantinedAt() != HostTimeline.NEVER);
  }

  @Test
  void learningAlertsAndLowScores_triggerNoQuarantine() {
    List<Integer> hosts = new ArrayList<>();
    Responder q = Responder.of(new ResponseSpec(true, 0.8, 0), 1000);
    q.onAlert(new io.wormbench.traffic.alert.Alert("d", 999, 1, 0, 0.9, "T1", "e"),
        (h, at) -> hosts.add(h));
    q.onAlert(new io.wormbench.traffic.alert.Alert("d", 1001, 2, 0, 0.7, "T1", "e"),
        (h, at) -> hosts.add(h));
    q.onAlert(new io.wormbench.traffic.alert.Alert("d", 1002, 3, 0, 0.8, "T1", "e"),
        (h, at) -> hosts.add(h));
    q.onAlert(new io.wormbench.traffic.alert.Alert("d", 1003, 3, 0, 0.9, "T1", "e"),
        (h, at) -> hosts.add(h));
    assertThat(hosts).containsExactly(3);
  }
}
