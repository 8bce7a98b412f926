package io.wormbench.simulator.benign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.BenignActivity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statistical properties of benign traffic, each checked with fixed seeds and tolerances. */
class BenignStatisticsTest {
  private static List<Event> run(String yaml, long seed, List<BenignActivity> lookalikes) {
    Simulation sim = Simulator.start(SimulationSpec.from(SpecReader.read("test.yaml", yaml)),
        seed);
    List<Event> out = new ArrayList<>();
    try (EventSource s = sim.events()) {
      s.forEachRemaining(out::add);
    }
    lookalikes.addAll(sim.truth().lookalikes());
    return out;
  }

  @Test
  void workingHours_severalTimesBusierThanNights() {
    List<Event> events = run("""
        start: 2026-03-02
        duration: 2d
        learningPeriod: 1h
        network: {profile: small-office}
        """, 1, new ArrayList<>());
    ZoneId sg = ZoneId.of("Asia/Singapore");
    long[] perHour = new long[24];
    for (Event e : events) {
      perHour[Instant.ofEpochSecond(e.ts() / Micros.SECOND).atZone(sg).getHour()]++;
    }
    double work = (perHour[10] + perHour[11] + perHour[14] + perHour[15]) / 4.0;
    double night = (perHour[1] + perHour[2] + perHour[3] + perHour[4]) / 4.0;
    assertThat(work).isGreaterThan(4 * night);
    double lunch = perHour[12];
    assertThat(lunch).isLessThan(0.8 * work).isGreaterThan(night);
  }

  @Test
  void weekdays_muchBusierThanWeekends() {
    List<Event> events = run("""
        start: 2026-03-06
        duration: 2d
        learningPeriod: 1h
        network: {profile: small-office}
        benign:
          # the users' rhythm; the machines' own background (which goes on at weekends on the
          # hosts left on) is DomainBackgroundTest's
          domain: {enabled: false}
        """, 1, new ArrayList<>());
    long friday = 0;
    long saturday = 0;
    ZoneId sg = ZoneId.of("Asia/Singapore");
    for (Event e : events) {
      var day = Instant.ofEpochSecond(e.ts() / Micros.SECOND).atZone(sg).getDayOfWeek();
      if (day == java.time.DayOfWeek.FRIDAY) {
        friday++;
      } else {
        saturday++;
      }
    }
    assertThat(friday).isGreaterThan(4 * saturday);
  }

  @Test
  void workstationActivity_matchesTheConfiguredPeakRate() {
    List<Event> events = run("""
        duration: 1d
        learningPeriod: 1h
        network: {profile: small-office}
        benign:
          rhythm: {lunchLevel: 1, eveningLevel: 1, nightLevel: 1, weekendLevel: 1}
          workstation: {activitiesPerHour: 12}
          # user activities only: the domain background's connections are not activities
          domain: {enabled: false}
          lookalikes:
            adminRdpChain: {perDay: 0}
            passwordTypo: {perUserPerDay: 0}
            softwareUpdate: {perHostPerDay: 0}
            softwareDeployment: {perWeek: 0}
            developerToolDownload: {perDay: 0}
            externalSmbSession: {perWeek: 0}
        """, 6, new ArrayList<>());
    long activities = 0;
    for (Event e : events) {
      // Each activity opens exactly one non-DNS connection from a workstation.
      if (e instanceof io.wormbench.traffic.event.Connection c && !c.service().equals("dns")
          && io.wormbench.traffic.net.Ipv4.inSubnet(c.id().origH(),
              io.wormbench.traffic.net.Ipv4.parse("10.20.0.0"), 24)) {
        activities++;
      }
    }
    double expected = 38 * 12 * 24;
    assertThat((double) activities).isCloseTo(expected, within(4 * Math.sqrt(expected)));
  }

  @Test
  void externalSites_followConfiguredZipfExponent() {
    for (double s : new double[] {0.8, 1.2}) {
      List<Event> events = run("""
          duration: 1d
          learningPeriod: 1h
          network:
            profile: small-office
            internet: {sites: 2000, zipfExponent: %s}
          """.formatted(s), 2, new ArrayList<>());
      Map<String, Integer> counts = new HashMap<>();
      for (Event e : events) {
        if (e instanceof TlsHandshake t && !t.serverName().startsWith("telemetry.")) {
          counts.merge(t.serverName(), 1, Integer::sum);
        }
      }
      List<Integer> freq = new ArrayList<>(counts.values());
      freq.sort((a, b) -> b - a);
      // Least-squares slope of log(frequency) on log(rank) over the well-sampled head.
      int n = Math.min(100, freq.size());
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      for (int i = 0; i < n; i++) {
        double x = Math.log(i + 1);
        double y = Math.log(freq.get(i));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
      }
      double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
      assertThat(-slope).as("exponent for s=" + s).isCloseTo(s, within(0.15));
    }
  }

  @Test
  void eachLookalike_appearsAtItsConfiguredRate() {
    List<BenignActivity> la = new ArrayList<>();
    // Monday to Friday: five working days.
    run("""
        start: 2026-03-02
        duration: 5d
        learningPeriod: 1h
        network: {profile: small-office}
        benign:
          workstation: {activitiesPerHour: 2}
          lookalikes:
            adminRdpChain: {perDay: 20}
            passwordTypo: {perUserPerDay: 0.5}
            developerToolDownload: {perDay: 10}
            externalSmbSession: {perWeek: 40}
            softwareUpdate: {perHostPerDay: 0.5}
            softwareDeployment: {perWeek: 10, hostShare: 0.5}
            expiredServiceAccount: {accounts: 1, interval: 30m}
            iotBeacon: {interval: 5m}
            backupSmb: {hour: 1}
        """, 3, la);
    Map<String, Long> count = new HashMap<>();
    Map<String, Long> events = new HashMap<>();
    for (BenignActivity b : la) {
      count.merge(b.kind(), 1L, Long::sum);
      events.merge(b.kind(), (long) b.events(), Long::sum);
    }
    int ws = 38;
    // Each RDP hop is its own record; a chain starts at an administrator's workstation, which
    // no hop ever targets, and never hops from a host to itself.
    List<BenignActivity> hops = la.stream().filter(b -> b.kind().equals("admin-rdp-chain"))
        .toList();
    java.util.Set<Integer> targets = new java.util.HashSet<>();
    hops.forEach(b -> targets.add(b.target()));
    assertThat(hops.stream().filter(b -> !targets.contains(b.source())).count())
        .isBetween(80L, 120L);
    assertThat(hops).noneMatch(b -> b.source() == b.target());
    assertThat(hops.size()).isGreaterThan(2 * 80);
    assertThat(count.get("password-typo")).isBetween((long) (ws * 0.5 * 5 * 0.8),
        (long) (ws * 0.5 * 5 * 1.2));
    assertThat(count.get("developer-tool-download")).isBetween(35L, 65L);
    assertThat(count.get("external-smb-session")).isBetween(28L, 52L);
    assertThat(count.get("software-update")).isBetween((long) (ws * 0.5 * 5 * 0.8),
        (long) (ws * 0.5 * 5 * 1.2));
    // Ten waves, each to about half the workstations.
    assertThat(count.get("software-deployment")).isBetween(5L * ws / 2 * 6 / 10,
        15L * ws / 2);
    // One failed logon (2 events) every 30 minutes for 5 days: 240 logons.
    assertThat(events.get("expired-service-account")).isBetween(470L, 490L);
    // 4 IoT devices and cameras, one TLS session (2 events) every 5 minutes, plus DNS hourly.
    assertThat(events.get("iot-beacon")).isBetween(4L * 1440 * 2 * 95 / 100,
        4L * 1440 * 2 * 105 / 100 + 4 * 120 * 2);
    // Nightly backups: 5 nights (01:00 local, Monday to Friday), every server each night.
    Map<Long, Integer> perNight = new java.util.TreeMap<>();
    for (BenignActivity b : la) {
      if (b.kind().equals("backup-smb")) {
        perNight.merge(b.start() / Micros.DAY, 1, Integer::sum);
      }
    }
    assertThat(perNight).hasSize(5);
    assertThat(new java.util.HashSet<>(perNight.values())).hasSize(1);
  }
}
