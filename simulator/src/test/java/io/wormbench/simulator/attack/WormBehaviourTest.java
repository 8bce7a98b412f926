package io.wormbench.simulator.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.simulator.network.Host;
import io.wormbench.simulator.network.Network;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WormBehaviourTest {
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

  @Test
  void bruteForce_succeedsOnlyAgainstAccountsWhosePasswordIsOnTheList() {
    SimulationSpec spec = spec(BASE);
    long seed = 21;
    Network net = Network.generate(spec.network(), new SplittableRandom(seed).split());
    Simulation sim = Simulator.start(spec, seed);
    List<Event> events = drain(sim);
    Set<String> bruteUids = new HashSet<>();
    for (AttackStep s : sim.truth().steps()) {
      if (s.stage() == Stage.BRUTE_FORCE) {
        bruteUids.addAll(s.eventUids());
      }
    }
    int successes = 0;
    int failures = 0;
    for (Event e : events) {
      if (e instanceof NtlmAuth a && bruteUids.contains(a.uid())) {
        Host target = net.host(a.id().respH());
        if (a.success()) {
          successes++;
          assertThat(target.localAdmin().fallsTo(20)).as(target.name()).isTrue();
          assertThat(a.user()).isEqualTo(target.localAdmin().name());
        } else {
          failures++;
        }
      }
    }
    assertThat(failures).isGreaterThan(100);
    assertThat(successes).isGreaterThan(0);
    // Every infected host other than patient zero and RDP hops was weak.
    for (HostTimeline t : sim.truth().timelines()) {
      Host h = net.host(t.host());
      if (t.infected() && h.localAdmin().passwordRank() >= 20) {
        assertThat(sim.truth().steps()).noneMatch(s -> s.stage() == Stage.LATERAL_TRANSFER
            && s.target() == t.host());
      }
    }
  }

  @Test
  void strongPasswordsEverywhere_noHostFallsToBruteForce() {
    SimulationSpec spec = spec(BASE.replace("network: {profile: small-office}", """
        network:
          profile: small-office
          localAdmins: {passwordStrength: {weak: 0, medium: 0.2, strong: 0.8}}
        """));
    Simulation sim = Simulator.start(spec, 21);
    drain(sim);
    assertThat(sim.truth().steps()).anyMatch(s -> s.stage() == Stage.BRUTE_FORCE);
    assertThat(sim.truth().steps()).noneMatch(s -> s.stage() == Stage.LATERAL_TRANSFER);
  }

  @Test
  void quarantineOfPatientZero_stopsAllSpread() {
    SimulationSpec weak = spec(BASE.replace("network: {profile: small-office}", """
        network:
          profile: small-office
          localAdmins: {passwordStrength: {weak: 0.6, medium: 0.2, strong: 0.2}}
        """));
    Simulation free = Simulator.start(weak, 5);
    drain(free);
    long infectedFree = free.truth().timelines().stream().filter(HostTimeline::infected).count();
    AttackStep download = free.truth().steps().get(0);
    assertThat(download.stage()).isEqualTo(Stage.INITIAL_DOWNLOAD);
    assertThat(infectedFree).isGreaterThan(3);

    Simulation cut = Simulator.start(weak, 5);
    cut.quarantine(download.source(), download.end() + Micros.MINUTE);
    List<Event> events = drain(cut);
    long infectedCut = cut.truth().timelines().stream().filter(HostTimeline::infected).count();
    assertThat(infectedCut).isEqualTo(1);
    long after = download.end() + Micros.MINUTE;
    assertThat(events).noneMatch(e -> e.ts() >= after
        && (e.id().origH() == download.source() || e.id().respH() == download.source()));
    assertThat(cut.truth().timeline(download.source()).quarantinedAt()).isEqualTo(after);
  }

  @Test
  void miningOverTls_hidesStratumAndShowsSni() {
    String plain = BASE;
    String tls = BASE + "    mining: {tls: true, port: 443, pool: xmr.pool.minergate.com}\n";
    List<Event> a = drain(Simulator.start(spec(plain), 9));
    List<Event> b = drain(Simulator.start(spec(tls), 9));
    assertThat(a).anyMatch(e -> e instanceof StratumMessage);
    assertThat(a).anyMatch(e -> e instanceof io.wormbench.traffic.event.Connection c
        && c.service().equals("stratum") && c.id().respP() == 45700);
    assertThat(b).noneMatch(e -> e instanceof StratumMessage);
    assertThat(b).anyMatch(e -> e instanceof TlsHandshake t
        && t.serverName().equals("xmr.pool.minergate.com") && t.id().respP() == 443);
  }

  @Test
  void legitFileNameKnob_changesTheWrittenFileName() {
    String legit = BASE + "    transfer: {fileName: legit, legitName: WindowsUpdateAgent.exe}\n";
    String weakNet = """
        network:
          profile: small-office
          localAdmins: {passwordStrength: {weak: 0.6, medium: 0.2, strong: 0.2}}
        """;
    List<Event> random = drain(Simulator.start(spec(BASE.replace(
        "network: {profile: small-office}", weakNet)), 5));
    List<Event> named = drain(Simulator.start(spec(legit.replace(
        "network: {profile: small-office}", weakNet)), 5));
    Set<String> randomNames = writes(random);
    Set<String> legitNames = writes(named);
    assertThat(randomNames).isNotEmpty().allMatch(n -> n.matches("[a-z0-9]{4}\\.exe"));
    assertThat(legitNames).containsExactly("WindowsUpdateAgent.exe");
  }

  @Test
  void rpcOverTcpKnob_startsThePayloadViaEndpointMapperAndDynamicPort() {
    String weak = BASE.replace("network: {profile: small-office}", """
        network:
          profile: small-office
          localAdmins: {passwordStrength: {weak: 0.6, medium: 0.2, strong: 0.2}}
        """) + "    transfer: {remoteStart: rpc-tcp}\n";
    Simulation sim = Simulator.start(spec(weak), 5);
    List<Event> events = drain(sim);
    Set<String> exec = new HashSet<>();
    sim.truth().steps().stream().filter(s -> s.technique().equals("T1569.002"))
        .forEach(s -> exec.addAll(s.eventUids()));
    List<io.wormbench.traffic.event.DceRpcCall> calls = events.stream()
        .filter(e -> e instanceof io.wormbench.traffic.event.DceRpcCall)
        .map(e -> (io.wormbench.traffic.event.DceRpcCall) e)
        .filter(c -> exec.contains(c.uid())).toList();
    assertThat(calls).anyMatch(c -> c.endpoint().equals("epmapper") && c.id().respP() == 135);
    assertThat(calls).anyMatch(c -> c.operation().equals("StartServiceW")
        && c.id().respP() >= 49152);
    assertThat(calls).noneMatch(c -> c.id().respP() == 445);
  }

  @Test
  void slowBruteForceKnob_lowersTheAttemptRate() {
    Map<String, Integer> fast = perMinutePeak(drain(Simulator.start(spec(BASE), 3)));
    Map<String, Integer> slow = perMinutePeak(drain(Simulator.start(spec(
        BASE.replace("attemptsPerMinute: 600", "attemptsPerMinute: 2")), 3)));
    assertThat(fast.get("peak")).isGreaterThan(100);
    assertThat(slow.get("peak")).isLessThan(15);
  }

  @Test
  void workingHoursOnlyKnob_keepsEveryAttackStepInOfficeHours() {
    String yaml = BASE.replace("duration: 2d", "duration: 4d")
        + "    workingHoursOnly: true\n    rdpChain: {alongAdminPairs: true}\n";
    SimulationSpec spec = spec(yaml);
    Simulation sim = Simulator.start(spec, 13);
    List<Event> events = drain(sim);
    io.wormbench.simulator.benign.Rhythm rhythm = new io.wormbench.simulator.benign.Rhythm(
        spec.benign().rhythm(), spec.timeZone(), spec.start(), spec.end());
    Map<String, Long> connTs = new HashMap<>();
    for (Event e : events) {
      if (e instanceof io.wormbench.traffic.event.Connection c) {
        connTs.put(c.uid(), c.ts());
      }
    }
    int checked = 0;
    for (AttackStep s : sim.truth().steps()) {
      if (s.stage() == Stage.MINING) {
        continue; // the miner runs around the clock once installed
      }
      for (String uid : s.eventUids()) {
        assertThat(rhythm.workingHours(connTs.get(uid))).as(s.stage() + " " + uid).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void adminPairsKnob_rdpOnlyToJumpHostAndTheAdminsServers() {
    SimulationSpec spec = spec(BASE + "    rdpChain: {hops: 3, alongAdminPairs: true}\n");
    Network net = Network.generate(spec.network(), new SplittableRandom(17).split());
    Simulation sim = Simulator.start(spec, 17);
    drain(sim);
    Set<Integer> allowed = new HashSet<>();
    for (Host h : net.role(io.wormbench.traffic.truth.HostRole.JUMP_HOST)) {
      allowed.add(h.address());
    }
    for (Network.AdminGroup g : net.admins()) {
      g.servers().forEach(h -> allowed.add(h.address()));
    }
    List<AttackStep> hops = sim.truth().steps().stream()
        .filter(s -> s.stage() == Stage.RDP_CHAIN).toList();
    assertThat(hops).isNotEmpty();
    assertThat(hops.get(0).target()).isEqualTo(net.role(
        io.wormbench.traffic.truth.HostRole.JUMP_HOST).get(0).address());
    assertThat(hops).allMatch(s -> allowed.contains(s.target()));
  }

  private static Set<String> writes(List<Event> events) {
    Set<String> names = new HashSet<>();
    for (Event e : events) {
      if (e instanceof SmbFileAccess f && f.action() == SmbFileAccess.Action.WRITE
          && f.path().endsWith("ADMIN$") && !f.name().endsWith(".msi")
          && !f.name().contains("-")) {
        names.add(f.name());
      }
    }
    return names;
  }

  /** Peak failed NTLM logons per minute from any single source. */
  private static Map<String, Integer> perMinutePeak(List<Event> events) {
    Map<Long, Integer> counts = new HashMap<>();
    int peak = 0;
    for (Event e : events) {
      if (e instanceof NtlmAuth a && !a.success()) {
        long key = a.ts() / Micros.MINUTE * 4_294_967_296L + (a.id().origH() & 0xffffffffL);
        peak = Math.max(peak, counts.merge(key, 1, Integer::sum));
      }
    }
    return Map.of("peak", peak);
  }
}
