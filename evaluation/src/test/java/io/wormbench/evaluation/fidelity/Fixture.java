package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import io.wormbench.traffic.truth.Stage;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny hand-built network and its events, for statistics whose expected value is worked out
 * by hand in the test. Time is UTC from Monday 2026-03-02 00:00; {@link #at(int, int)} gives
 * day and hour.
 */
final class Fixture {
  static final long START = Micros.of(java.time.Instant.parse("2026-03-02T00:00:00Z"));
  static final int DC = Ipv4.parse("10.0.0.1");
  static final int SRV = Ipv4.parse("10.0.0.2");
  static final int WS1 = Ipv4.parse("10.0.1.1");
  static final int WS2 = Ipv4.parse("10.0.1.2");
  static final int IOT = Ipv4.parse("10.0.2.1");
  static final int PRN = Ipv4.parse("10.0.3.1");
  static final int EXT = Ipv4.parse("93.184.216.34");
  static final int EXT2 = Ipv4.parse("198.51.100.7");

  private final List<Event> events = new ArrayList<>();
  private final List<String> attackUids = new ArrayList<>();
  private int uid;
  private long days = 2;
  private String label = "fixture";

  /** Names the run in reports. */
  Fixture label(String l) {
    label = l;
    return this;
  }

  static long at(int day, int hour) {
    return START + day * Micros.DAY + hour * Micros.HOUR;
  }

  /** Sets the measured span in days (default 2). */
  Fixture days(long d) {
    days = d;
    return this;
  }

  /** A connection with everything given; returns its uid. */
  String conn(long ts, int orig, int resp, Transport proto, int port, String service,
      ConnState state, long origBytes, long respBytes, long durationMicros, long origPkts,
      long respPkts) {
    String u = "C" + (uid++);
    events.add(new Connection(ts, u, new ConnId(orig, 40000 + uid % 1000, resp, port), proto,
        service, durationMicros, origBytes, respBytes, origPkts, respPkts, state));
    return u;
  }

  /** A plain answered TCP connection. */
  String tcp(long ts, int orig, int resp, int port) {
    return conn(ts, orig, resp, Transport.TCP, port, "", ConnState.SF, 100, 200, 1000, 2, 2);
  }

  /** A TCP connection in a given state. */
  String tcp(long ts, int orig, int resp, int port, ConnState state) {
    return conn(ts, orig, resp, Transport.TCP, port, "", state, 100, 200, 1000, 2, 2);
  }

  /** An answered UDP connection. */
  String udp(long ts, int orig, int resp, int port) {
    return conn(ts, orig, resp, Transport.UDP, port, "", ConnState.SF, 50, 80, 1000, 1, 1);
  }

  /** An unanswered UDP connection. */
  String udpNoReply(long ts, int orig, int resp, int port) {
    return conn(ts, orig, resp, Transport.UDP, port, "", ConnState.S0, 50, 0, 0, 1, 0);
  }

  Fixture dns(long ts, String qtype, String rcode) {
    events.add(new DnsQuery(ts, "D" + (uid++), new ConnId(WS1, 5353, DC, 53), "x.example",
        qtype, rcode, List.of()));
    return this;
  }

  Fixture http(long ts, int client, String agent, int status) {
    events.add(new HttpTransaction(ts, "H" + (uid++), new ConnId(client, 50000, EXT, 80), "GET",
        "example.com", "/", agent, status, "text/html", 10));
    return this;
  }

  Fixture tls(long ts, String sni, String version) {
    events.add(new TlsHandshake(ts, "T" + (uid++), new ConnId(WS1, 50001, EXT, 443), sni,
        version));
    return this;
  }

  /** Marks connections as attack events (one truth step lists them). */
  Fixture attack(String... uids) {
    attackUids.addAll(List.of(uids));
    return this;
  }

  GroundTruth truth() {
    List<HostInfo> hosts = List.of(
        host(DC, "dc1", HostRole.DOMAIN_CONTROLLER, OsFamily.WINDOWS_SERVER),
        host(SRV, "app1", HostRole.APP_SERVER, OsFamily.LINUX),
        host(WS1, "ws1", HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT),
        host(WS2, "ws2", HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT),
        host(IOT, "cam1", HostRole.IOT, OsFamily.EMBEDDED),
        host(PRN, "prn1", HostRole.PRINTER, OsFamily.PRINTER));
    List<AttackStep> steps = attackUids.isEmpty() ? List.of()
        : List.of(new AttackStep(1, Stage.EXTERNAL_SCAN, "T1046", WS1, EXT, START,
            START + 1, attackUids));
    return new GroundTruth("fixture", 1, START, START + days * Micros.DAY, hosts, List.of(),
        steps, List.of());
  }

  private static HostInfo host(int a, String name, HostRole role, OsFamily os) {
    return new HostInfo(a, name, role, "lan", new SoftwareProfile(os, "", "", List.of()));
  }

  private EventSource source() {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Event::ts));
    return EventSource.of(sorted);
  }

  /** Measures with the host table of {@link #truth()}. */
  Fidelity.Measurement measure(Reference ref) {
    return Fidelity.measure(label, source(), Optional.of(truth()), ZoneOffset.UTC, ref, 1000);
  }

  /** Measures without truth (heuristic roles). */
  Fidelity.Measurement measureWithoutTruth(Reference ref) {
    return Fidelity.measure(label, source(), Optional.empty(), ZoneOffset.UTC, ref, 1000);
  }

  /** The statistic values with the shipped reference. */
  Map<String, Double> values() {
    return measure(ReferenceFile.defaults()).run().values();
  }
}
