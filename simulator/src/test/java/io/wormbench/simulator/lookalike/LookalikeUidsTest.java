package io.wormbench.simulator.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.truth.BenignActivity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every look-alike record carries the uids of its connections, as attack steps do. */
class LookalikeUidsTest {
  @Test
  void everyLookalike_carriesTheUidsOfItsOwnConnections() {
    Simulation sim = Simulator.start(SimulationSpec.from(SpecReader.read("t.yaml", """
        start: 2026-03-06
        duration: 2d
        learningPeriod: 1h
        network: {profile: small-office, hosts: {vulnerability-scanner: 1, backup-server: 1,
          deployment-server: 1}}
        benign:
          workstation: {activitiesPerHour: 2}
          lookalikes:
            adminRdpChain: {perDay: 10}
            passwordTypo: {perUserPerDay: 0.5}
            developerToolDownload: {perDay: 10}
            externalSmbSession: {perWeek: 40}
            softwareUpdate: {perHostPerDay: 0.5}
            softwareDeployment: {perWeek: 10, hostShare: 0.5}
        """)), 4);
    Map<String, Connection> conns = new HashMap<>();
    Map<String, Integer> eventsPerUid = new HashMap<>();
    try (EventSource s = sim.events()) {
      while (s.hasNext()) {
        Event e = s.next();
        if (e instanceof Connection c) {
          conns.put(c.uid(), c);
        }
        eventsPerUid.merge(e.uid(), 1, Integer::sum);
      }
    }
    List<BenignActivity> la = sim.truth().lookalikes();
    Set<String> kinds = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (BenignActivity b : la) {
      kinds.add(b.kind());
      assertThat(b.eventUids()).as(b.kind()).isNotEmpty();
      int events = 0;
      for (String uid : b.eventUids()) {
        Connection c = conns.get(uid);
        assertThat(c).as(b.kind() + " uid " + uid).isNotNull();
        assertThat(c.ts()).isBetween(b.start(), b.end() + 60_000_000L);
        assertThat(seen.add(uid)).as("uid in one record only").isTrue();
        events += eventsPerUid.get(uid);
      }
      assertThat(events).as(b.kind() + " events").isEqualTo(b.events());
    }
    assertThat(kinds).contains("admin-rdp-chain", "password-typo", "developer-tool-download",
        "external-smb-session", "software-update", "software-deployment", "iot-beacon",
        "expired-service-account", "backup-smb", "vulnerability-scan");
  }
}
