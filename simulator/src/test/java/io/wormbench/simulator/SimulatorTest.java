package io.wormbench.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTest {
  static final String SMALL_WORM = """
      duration: 2d
      learningPeriod: 1d
      network: {profile: small-office}
      attacks:
        - start: 9h
          bruteForce: {targetsPerHost: 30, targetsPerHour: 30, attemptsPerMinute: 120}
          scan: {duration: 5m}
      """;

  @Test
  void sameSeed_identicalEventSequence() {
    SimulationSpec spec = SimFixtures.inline(SMALL_WORM);
    List<Event> a = SimFixtures.events(Simulator.start(spec, 7));
    List<Event> b = SimFixtures.events(Simulator.start(spec, 7));
    assertThat(a).isNotEmpty().isEqualTo(b);
  }

  @Test
  void differentSeeds_differentTraffic() {
    SimulationSpec spec = SimFixtures.inline(SMALL_WORM);
    List<Event> a = SimFixtures.events(Simulator.start(spec, 7));
    List<Event> b = SimFixtures.events(Simulator.start(spec, 8));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void events_nonDecreasingTimeWithinRun() {
    SimulationSpec spec = SimFixtures.inline(SMALL_WORM);
    long last = Long.MIN_VALUE;
    long n = 0;
    try (EventSource s = Simulator.start(spec, 3).events()) {
      while (s.hasNext()) {
        Event e = s.next();
        assertThat(e.ts()).isGreaterThanOrEqualTo(last).isGreaterThanOrEqualTo(spec.start())
            .isLessThan(spec.end());
        last = e.ts();
        n++;
      }
    }
    assertThat(n).isGreaterThan(10_000);
  }

  @Test
  void protocolRecords_followTheirConnection() {
    Map<String, Long> connTs = new HashMap<>();
    for (Event e : SimFixtures.events(Simulator.start(SimFixtures.inline(SMALL_WORM), 5))) {
      if (e instanceof Connection c) {
        assertThat(connTs.put(c.uid(), c.ts())).as("uid reused: " + c.uid()).isNull();
        assertThat(c.uid()).matches("C[0-9A-Za-z]{17}");
      } else {
        assertThat(connTs).containsKey(e.uid());
        assertThat(e.ts()).isGreaterThanOrEqualTo(connTs.get(e.uid()));
      }
    }
  }

  @Test
  void truth_everyStepHasEventsAndEveryUidExists() {
    // with the optional C2 beacon on, so that every stage has steps
    Simulation sim = Simulator.start(SimFixtures.inline(SMALL_WORM + "    c2: {}\n"), 11);
    Set<String> uids = new HashSet<>();
    for (Event e : SimFixtures.events(sim)) {
      uids.add(e.uid());
    }
    GroundTruth truth = sim.truth();
    assertThat(truth.steps()).isNotEmpty();
    EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
    for (AttackStep s : truth.steps()) {
      assertThat(s.eventUids()).as("step " + s.id()).isNotEmpty();
      assertThat(uids.containsAll(s.eventUids())).as("uids of step " + s.id() + " emitted").isTrue();
      assertThat(s.technique()).isIn(s.stage().techniques());
      stages.add(s.stage());
    }
    assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    for (HostTimeline t : truth.timelines()) {
      if (t.infected()) {
        assertThat(t.firstMaliciousAt()).isGreaterThanOrEqualTo(t.infectedAt() - 60_000_000L);
      }
    }
  }

  @Test
  void everyEventToAttackAddresses_belongsToAStep() {
    Simulation sim = Simulator.start(SimFixtures.inline(SMALL_WORM), 12);
    List<Event> events = SimFixtures.events(sim);
    Set<String> truthUids = new HashSet<>();
    for (AttackStep s : sim.truth().steps()) {
      truthUids.addAll(s.eventUids());
    }
    int attackEvents = 0;
    for (Event e : events) {
      int resp = e.id().respH();
      // The worm's download site and pool (203.0.113.0/24) and its scan range (198.19/16)
      // are used by nothing benign.
      boolean attackAddress = Ipv4.inSubnet(resp, Ipv4.parse("203.0.113.0"), 24)
          || Ipv4.inSubnet(resp, Ipv4.parse("198.19.0.0"), 16);
      if (attackAddress) {
        attackEvents++;
        assertThat(truthUids).as("uid of " + e).contains(e.uid());
      }
    }
    assertThat(attackEvents).isGreaterThan(100);
  }

  @Test
  void quarantineMidStream_silencesTheHostFromThenOn() {
    Simulation sim = Simulator.start(SimFixtures.inline(SMALL_WORM), 11);
    Set<String> seen = new HashSet<>();
    long cutAt = Long.MAX_VALUE;
    int host = 0;
    try (EventSource s = sim.events()) {
      while (s.hasNext()) {
        Event e = s.next();
        seen.add(e.uid());
        if (cutAt == Long.MAX_VALUE && !sim.truth().steps().isEmpty()) {
          host = sim.truth().steps().get(0).source();
          cutAt = e.ts() + 1;
          sim.quarantine(host, cutAt);
        }
        if (e.ts() >= cutAt) {
          assertThat(e.id().origH()).as(e + " cut " + cutAt).isNotEqualTo(host);
          assertThat(e.id().respH()).isNotEqualTo(host);
        }
      }
    }
    assertThat(cutAt).isLessThan(Long.MAX_VALUE);
    assertThat(sim.truth().timelines().stream().filter(HostTimeline::infected).count())
        .isEqualTo(1);
    for (AttackStep step : sim.truth().steps()) {
      assertThat(seen.containsAll(step.eventUids())).as("step " + step.id()).isTrue();
      assertThat(step.start()).isLessThan(cutAt);
    }
  }

  @Test
  void maliciousSources_areInfectedHostsAndBenignOnlyHasNoSteps() {
    Simulation sim = Simulator.start(SimFixtures.inline("""
        duration: 1d
        learningPeriod: 6h
        network: {profile: small-office}
        """), 2);
    SimFixtures.events(sim);
    assertThat(sim.truth().steps()).isEmpty();
    assertThat(sim.truth().timelines()).isEmpty();
    assertThat(sim.truth().lookalikes()).isNotEmpty();
  }

  @Test
  void attack_neverStartsDuringLearningPeriod() {
    SimulationSpec spec = SimFixtures.inline(SMALL_WORM);
    Simulation sim = Simulator.start(spec, 4);
    SimFixtures.events(sim);
    for (AttackStep s : sim.truth().steps()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(spec.learningEnd());
    }
  }
}
