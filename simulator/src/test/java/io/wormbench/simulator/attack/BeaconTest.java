package io.wormbench.simulator.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The optional C2 beacon ({@code attacks[i].c2}): binding, traffic shape, truth, quarantine. */
class BeaconTest {
  private static final String BASE = """
      duration: 2d
      learningPeriod: 1d
      network: {profile: small-office}
      attacks:
        - start: 9h
          scan: {duration: 2m}
          bruteForce: {targetsPerHost: 40, targetsPerHour: 60, attemptsPerMinute: 600}
          spreadDelay: 5m
          stageGap: 1m
      """;
  private static final String DOMAIN = "update.cdn-sync-7.example.net";
  private static final int C2 = Campaign.c2Address(DOMAIN);

  private static SimulationSpec spec(String yaml) {
    return SimulationSpec.from(SpecReader.read("test.yaml", yaml));
  }

  private static List<Event> drain(Simulation sim) {
    List<Event> out = new ArrayList<>();
    try (EventSource s = sim.events()) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<AttackStep> c2Steps(Simulation sim) {
    return sim.truth().steps().stream().filter(s -> s.stage() == Stage.COMMAND_AND_CONTROL)
        .toList();
  }

  /** Start times of the connections from {@code host} to the C2 server, in order. */
  private static List<Long> beacons(List<Event> events, int host) {
    List<Long> out = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof Connection c && c.id().origH() == host && c.id().respH() == C2) {
        out.add(c.ts());
      }
    }
    return out;
  }

  @Test
  void absentC2_isOff() {
    assertThat(spec(BASE).attacks().get(0).c2().enabled()).isFalse();
  }

  @Test
  void emptyC2_takesTheDocumentedDefaults() {
    WormSpec.C2 c = spec(BASE + "    c2: {}\n").attacks().get(0).c2();
    assertThat(c.enabled()).isTrue();
    assertThat(c.domain()).isEqualTo(DOMAIN);
    assertThat(c.interval()).isEqualTo(5 * Micros.MINUTE);
    assertThat(c.jitter()).isEqualTo(0.1);
    assertThat(c.port()).isEqualTo(443);
    assertThat(c.tls()).isTrue();
    assertThat(c.bytesOut()).isEqualTo(350);
    assertThat(c.bytesIn()).isEqualTo(1200);
    assertThat(c.startAfter()).isEqualTo(Micros.MINUTE);
    assertThat(c.dnsTtl()).isEqualTo(Micros.HOUR);
    assertThat(spec(BASE + "    c2: {tls: false}\n").attacks().get(0).c2().port()).isEqualTo(80);
  }

  @Test
  void misspeltC2Field_oneErrorNamingFilePathAndLine() {
    Throwable t = catchThrowable(() -> SimulationSpec.from(SpecReader.read("bad.yaml",
        BASE + "    c2:\n      interval: 5m\n      jiter: 0.2\n")));
    assertThat(t).isInstanceOf(SpecException.class);
    assertThat(t.getMessage()).startsWith("bad.yaml: attacks[0].c2.jiter: unknown field")
        .contains("did you mean 'jitter'", "(line 12)").doesNotContain("\n");
  }

  @Test
  void jitterOfOne_rejectedWithItsLocation() {
    Throwable t = catchThrowable(() -> SimulationSpec.from(SpecReader.read("bad.yaml",
        BASE + "    c2: {jitter: 1.0}\n")));
    assertThat(t).isInstanceOf(SpecException.class)
        .hasMessage("bad.yaml: attacks[0].c2.jitter: must be in [0, 1) (line 10)");
  }

  @Test
  void beacon_everyIntervalWithinItsJitterFromStartAfterInfection() {
    Simulation sim = Simulator.start(spec(BASE + "    c2: {interval: 5m, jitter: 0.1}\n"), 21);
    List<Event> events = drain(sim);
    List<AttackStep> steps = c2Steps(sim);
    assertThat(steps).hasSizeGreaterThan(1);
    for (AttackStep s : steps) {
      List<Long> ts = beacons(events, s.source());
      long infected = sim.truth().timeline(s.source()).infectedAt();
      // the action wakes startAfter after infection, the connection follows its DNS answer
      assertThat(ts.get(0) - infected).isEqualTo(Micros.MINUTE + Beacon.CONNECT_DELAY);
      for (int i = 1; i < ts.size(); i++) {
        assertThat(ts.get(i) - ts.get(i - 1)).as("gap " + i)
            .isBetween(270 * Micros.SECOND, 330 * Micros.SECOND);
      }
      double expected = (double) (sim.truth().end() - ts.get(0)) / (5 * Micros.MINUTE);
      assertThat((double) ts.size()).isCloseTo(expected, org.assertj.core.data.Percentage
          .withPercentage(5));
    }
  }

  @Test
  void zeroJitter_exactlyPeriodic() {
    Simulation sim = Simulator.start(spec(BASE + "    c2: {interval: 2m, jitter: 0}\n"), 21);
    List<Event> events = drain(sim);
    List<Long> ts = beacons(events, c2Steps(sim).get(0).source());
    Set<Long> gaps = new HashSet<>();
    for (int i = 1; i < ts.size(); i++) {
      gaps.add(ts.get(i) - ts.get(i - 1));
    }
    assertThat(gaps).containsExactly(2 * Micros.MINUTE);
  }

  @Test
  void dnsLookup_beforeTheFirstBeaconAndAgainEveryTtl() {
    Simulation sim = Simulator.start(spec(BASE + "    c2: {}\n"), 21);
    List<Event> events = drain(sim);
    AttackStep first = c2Steps(sim).get(0);
    List<Long> lookups = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof DnsQuery q && q.id().origH() == first.source()
          && q.query().equals(DOMAIN)) {
        assertThat(q.answers()).containsExactly(Ipv4.format(C2));
        lookups.add(q.ts());
      }
    }
    List<Long> ts = beacons(events, first.source());
    assertThat(lookups).isNotEmpty();
    assertThat(lookups.get(0)).isLessThan(ts.get(0));
    for (int i = 1; i < lookups.size(); i++) {
      // re-resolved at the first check-in at or after the hour is up
      assertThat(lookups.get(i) - lookups.get(i - 1)).isBetween(Micros.HOUR,
          Micros.HOUR + 6 * Micros.MINUTE);
    }
    double hours = (double) (sim.truth().end() - lookups.get(0)) / Micros.HOUR;
    assertThat(lookups.size()).isBetween((int) (hours * 0.9), (int) hours + 1);
  }

  @Test
  void tlsBeacon_carriesTheDomainAsSniOnSmallFlows() {
    Simulation sim = Simulator.start(spec(BASE + "    c2: {}\n"), 21);
    List<Event> events = drain(sim);
    Set<String> beaconUids = new HashSet<>();
    for (Event e : events) {
      if (e instanceof Connection c && c.id().respH() == C2) {
        assertThat(c.id().respP()).isEqualTo(443);
        assertThat(c.service()).isEqualTo("ssl");
        assertThat(c.origBytes()).isBetween(343L, 357L);
        assertThat(c.respBytes()).isBetween(1176L, 1224L);
        assertThat(c.duration()).isLessThan(Micros.SECOND);
        beaconUids.add(c.uid());
      }
    }
    int handshakes = 0;
    for (Event e : events) {
      if (e instanceof TlsHandshake h && beaconUids.contains(h.uid())) {
        assertThat(h.serverName()).isEqualTo(DOMAIN);
        handshakes++;
      }
    }
    assertThat(beaconUids).hasSizeGreaterThan(100);
    assertThat(handshakes).isEqualTo(beaconUids.size());
  }

  @Test
  void plainHttpBeacon_getsTheUriWithTheDomainAsHost() {
    Simulation sim = Simulator.start(spec(BASE
        + "    c2: {tls: false, domain: cdn.telemetry-9.example.org, uri: /pixel.gif}\n"), 21);
    List<Event> events = drain(sim);
    int c2 = Campaign.c2Address("cdn.telemetry-9.example.org");
    int gets = 0;
    for (Event e : events) {
      if (e instanceof HttpTransaction h && h.id().respH() == c2) {
        assertThat(h.host()).isEqualTo("cdn.telemetry-9.example.org");
        assertThat(h.uri()).isEqualTo("/pixel.gif");
        assertThat(h.method()).isEqualTo("GET");
        assertThat(h.id().respP()).isEqualTo(80);
        gets++;
      }
      assertThat(e instanceof TlsHandshake && e.id().respH() == c2).isFalse();
    }
    assertThat(gets).isGreaterThan(100);
  }

  @Test
  void truthStep_perInfectedHostWithExactlyItsBeaconUids() {
    Simulation sim = Simulator.start(spec(BASE + "    c2: {}\n"), 21);
    List<Event> events = drain(sim);
    TreeMap<Integer, Set<String>> expected = new TreeMap<>();
    for (Event e : events) {
      boolean beacon = e instanceof Connection c && c.id().respH() == C2;
      boolean lookup = e instanceof DnsQuery q && q.query().equals(DOMAIN);
      if (beacon || lookup) {
        expected.computeIfAbsent(e.id().origH(), h -> new HashSet<>()).add(e.uid());
      }
    }
    List<AttackStep> steps = c2Steps(sim);
    Set<Integer> miners = new HashSet<>();
    sim.truth().steps().stream().filter(s -> s.stage() == Stage.MINING)
        .forEach(s -> miners.add(s.source()));
    assertThat(steps).extracting(AttackStep::source).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(miners);
    for (AttackStep s : steps) {
      assertThat(s.technique()).isEqualTo("T1071.001");
      assertThat(s.target()).isEqualTo(C2);
      assertThat(new HashSet<>(s.eventUids())).isEqualTo(expected.get(s.source()));
      HostTimeline t = sim.truth().timeline(s.source());
      assertThat(t.firstMaliciousAt()).isLessThanOrEqualTo(s.start() + Micros.MINUTE);
    }
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(miners);
  }

  @Test
  void quarantine_silencesTheBeaconFromThatMoment() {
    SimulationSpec spec = spec(BASE + "    c2: {}\n");
    Simulation free = Simulator.start(spec, 5);
    drain(free);
    AttackStep p0 = c2Steps(free).get(0);
    long at = p0.start() + 2 * Micros.HOUR;

    Simulation cut = Simulator.start(spec, 5);
    cut.quarantine(p0.source(), at);
    List<Event> events = drain(cut);
    List<Long> ts = beacons(events, p0.source());
    assertThat(ts).isNotEmpty().allMatch(t -> t < at);
    assertThat(ts.get(ts.size() - 1)).isGreaterThan(at - 6 * Micros.MINUTE);
    AttackStep step = c2Steps(cut).stream().filter(s -> s.source() == p0.source()).findFirst()
        .orElseThrow();
    assertThat(step.end()).isLessThan(at);
    assertThat(step.eventUids()).hasSizeLessThan(p0.eventUids().size() / 2);
  }

  @Test
  void sameSeed_identicalBeacons() {
    SimulationSpec spec = spec(BASE + "    c2: {}\n");
    List<Event> a = drain(Simulator.start(spec, 33));
    List<Event> b = drain(Simulator.start(spec, 33));
    assertThat(beacons(a, beaconSource(a))).isNotEmpty().isEqualTo(beacons(b, beaconSource(b)));
    assertThat(a).isEqualTo(b);
  }

  private static int beaconSource(List<Event> events) {
    return events.stream().filter(e -> e instanceof Connection c && c.id().respH() == C2)
        .findFirst().orElseThrow().id().origH();
  }

  @Test
  void switchingC2On_leavesTheWormAndTheBenignTrafficAsTheyWere() {
    Simulation off = Simulator.start(spec(BASE), 21);
    Simulation on = Simulator.start(spec(BASE + "    c2: {}\n"), 21);
    List<Event> offEvents = drain(off);
    List<Event> onEvents = drain(on);
    // same hosts infected at the same times; the beacon may be a host's first malicious act
    assertThat(on.truth().timelines()).hasSameSizeAs(off.truth().timelines());
    for (HostTimeline t : off.truth().timelines()) {
      HostTimeline u = on.truth().timeline(t.host());
      assertThat(u.infectedAt()).isEqualTo(t.infectedAt());
      assertThat(u.firstMaliciousAt()).isLessThanOrEqualTo(t.firstMaliciousAt());
    }
    List<String> offSteps = off.truth().steps().stream().map(BeaconTest::shape).toList();
    List<String> onSteps = on.truth().steps().stream()
        .filter(s -> s.stage() != Stage.COMMAND_AND_CONTROL).map(BeaconTest::shape).toList();
    assertThat(onSteps).isEqualTo(offSteps);
    Set<String> c2Uids = new HashSet<>();
    c2Steps(on).forEach(s -> c2Uids.addAll(s.eventUids()));
    long rest = onEvents.stream().filter(e -> !c2Uids.contains(e.uid())).count();
    assertThat(c2Uids).isNotEmpty();
    assertThat(rest).isEqualTo(offEvents.size());
  }

  private static String shape(AttackStep s) {
    return s.stage() + " " + s.technique() + " " + s.source() + ">" + s.target() + " "
        + s.start() + "-" + s.end() + " " + s.eventUids().size();
  }
}
