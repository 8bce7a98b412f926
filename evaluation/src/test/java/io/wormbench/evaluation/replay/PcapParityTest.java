package io.wormbench.evaluation.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.simulator.Simulation;
import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.codec.pcap.write.WireHosts;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's "done when": detecting on a pcap written from a simulation gives the same alerts as
 * detecting on the simulation in memory. The scenario is the seed worm on the small office
 * with its optional C2 beacon on, shortened so that every attack stage falls inside the scored
 * window; no responder runs, as a
 * capture cannot be quarantined after the fact. Alerts are compared on every field (detector,
 * time, host, peer, technique, score and evidence), and every decoded Connection on every field
 * but its uid, which a capture does not carry. The writer must not have had to exceed any
 * Connection's byte or packet figures (overBudget) nor drop a record.
 */
class PcapParityTest {
  private static final String SCENARIO = """
      name: pcap-parity
      timeZone: UTC
      start: 2026-03-02T08:00:00Z
      duration: 5h
      learningPeriod: 2h
      network:
        profile: small-office
      attacks:
        - name: seed-worm
          start: 10m
          patientZero: {count: 1, role: workstation}
          download:
            domain: cdn.fastfilehost-7.example.net
            uri: /dl/x7fq.exe
            size: 1482752
            userAgent: ""
          rdpChain: {hops: 2, alongAdminPairs: false, gap: 4m}
          scan: {ports: [445, 135], probesPerMinute: 60, duration: 10m, answerShare: 0.02}
          bruteForce:
            targetsPerHost: 4
            targetsPerHour: 8
            userNames: 12
            passwords: 20
            attemptsPerMinute: 30
            stopOnSuccess: true
          transfer: {share: ADMIN$, fileName: random, nameLength: 4}
          mining: {dialect: xmrig, pool: xmr.pool.minergate.com, port: 45700, submitsPerHour: 30}
          spreadDelay: 15m
          maxInfected: 4
          c2: {interval: 2m}
      """;

  @TempDir
  Path tmp;

  // seeds whose worm reaches every stage inside this short window (with seeds 3 to 5 the brute
  // force finds no password in time, so there is no lateral transfer; parity holds for them
  // too, but those runs would not exercise the SMB write and svcctl paths)
  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void simulatedRunWrittenAsPcap_detectsTheSameAlertsAsInMemory(long seed) {
    Scenario scenario = Scenario.parse("pcap-parity.yaml", SCENARIO);
    RunResult inMemory = Replay.run(seed, Simulator.start(scenario.simulation(), seed),
        scenario.detectors().create(), scenario.simulation().learningEnd(),
        scenario.simulation().end(), Responder.none(), ts -> { });
    Set<Stage> stages = inMemory.truth().steps().stream().map(s -> s.stage())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class)));
    assertThat(stages).as("every worm stage happens in the window")
        .containsAll(EnumSet.allOf(Stage.class));

    Path pcap = tmp.resolve("run.pcap");
    List<String> simulated = new ArrayList<>();
    PcapWriter.Stats stats;
    Simulation sim = Simulator.start(scenario.simulation(), seed);
    try (EventSource events = sim.events();
        PcapWriter writer = PcapWriter.open(pcap, WireHosts.of(sim.truth().hosts()))) {
      events.forEachRemaining(e -> {
        if (e instanceof Connection c) {
          simulated.add(withoutUid(c));
        }
        writer.write(e);
      });
      writer.finish();
      stats = writer.stats();
    }
    assertThat(stats.overBudget()).as("connections below their protocol's wire need").isEmpty();
    assertThat(stats.dropped()).as("records the writer could not render").isEmpty();

    List<Alert> fromPcap = new ArrayList<>();
    // a connection open longer than the reader's flow hold comes as an interim record and an
    // update with its final figures; the update replaces the interim record (traffic/SCHEMA.md)
    Map<String, Connection> byUid = new LinkedHashMap<>();
    DetectionEngine engine = new DetectionEngine(scenario.detectors().create(),
        scenario.simulation().learningEnd(), fromPcap::add);
    // Parity needs each connection whole, as the simulator emits it: the reader holds flows for
    // the run's length. With the default 10-minute hold the bytes a session moves after its
    // interim record reach no counting detector (updates are skipped), so self-learning-
    // anomaly's byte features differ for sessions longer than the hold.
    long hold = scenario.simulation().end() - scenario.simulation().start() + 1;
    try (EventSource events = PcapEventSource.open(pcap, hold)) {
      events.forEachRemaining(e -> {
        if (e instanceof Connection c) {
          Connection first = byUid.get(c.uid());
          byUid.put(c.uid(), c.update() && first != null ? new Connection(first.ts(), c.uid(),
              c.id(), c.proto(), c.service(), c.duration(), c.origBytes(), c.respBytes(),
              c.origPkts(), c.respPkts(), c.state()) : c);
        }
        engine.observe(e);
      });
    }
    engine.finish(scenario.simulation().end());

    List<String> decoded = byUid.values().stream().map(PcapParityTest::withoutUid).toList();
    // uids are the one thing a capture cannot carry: a reader mints its own
    assertThat(decoded).as("connections decoded from the pcap")
        .containsExactlyInAnyOrderElementsOf(simulated);
    assertThat(inMemory.alerts()).isNotEmpty();
    assertThat(fromPcap).containsExactlyElementsOf(inMemory.alerts());
  }

  private static String withoutUid(Connection c) {
    return new Connection(c.ts(), "", c.id(), c.proto(), c.service(), c.duration(),
        c.origBytes(), c.respBytes(), c.origPkts(), c.respPkts(), c.state()).toString();
  }
}
