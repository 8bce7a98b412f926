package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one streaming pass behind every scorecard statistic: counters over connections and the
 * DNS, HTTP and TLS records, per-host tallies ({@link HostStats}), port tallies over a bounded
 * key space ({@link PortKey}), and a bottom-k sample of sizes and durations. Memory grows with
 * local hosts, port keys and distinct names (capped), never with events. Statistics read the
 * finished tallies ({@link FidelityStatistics}).
 */
final class Tallies {
  /** Bytes/duration sample size: a DKW rank error of at most 0.53 points at 95% confidence. */
  static final int SAMPLE = 65_536;
  /** Distinct user agents, DNS types and TLS versions kept before lumping into "other". */
  static final int NAME_CAP = 100_000;
  private static final int PORT_SPACE = Transport.values().length << 16;

  final Roles roles;
  final LocalClock clock;
  final Map<Integer, HostStats> hosts = new HashMap<>();

  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;
  long spanStart = Long.MIN_VALUE;
  long spanEnd = Long.MIN_VALUE;

  long conns;
  long tcp;
  long udp;
  /** TCP connections by Zeek conn_state. */
  final long[] states = new long[ConnState.values().length];
  final long[] ports = new long[PORT_SPACE];
  long kerberos;
  long ldap;
  long rpc;
  long netbios;
  long ntp;
  long smb;
  long dcConns;
  long dcSmb;
  long udpUnanswered;
  long zeroPayload;
  long longConns;
  long night;
  long weekend;
  final BottomK<long[]> sizes = new BottomK<>(SAMPLE);

  private long day = Long.MIN_VALUE;
  private long[] dayPorts = new long[PORT_SPACE];
  private long[] prevDayPorts;
  final List<Integer> portsPerDay = new ArrayList<>();
  final List<Double> dayToDayJsd = new ArrayList<>();

  long dns;
  final Map<String, Long> rcodes = new TreeMap<>();
  final Map<String, Long> qtypes = new TreeMap<>();
  long httpAnswered;
  long httpNon2xx;
  final Set<String> userAgents = new HashSet<>();
  long tls;
  long sniLess;
  final Set<String> tlsVersions = new TreeSet<>();
  final Map<String, Long> kinds = new TreeMap<>();

  Tallies(Roles roles, java.time.ZoneId zone) {
    this.roles = roles;
    this.clock = new LocalClock(zone);
  }

  /** Sets the measured span (a simulated run's start and end); else first to last event. */
  void span(long start, long end) {
    spanStart = start;
    spanEnd = end;
  }

  /** Counts one event. */
  void accept(Event e) {
    first = Math.min(first, e.ts());
    last = Math.max(last, e.ts());
    kinds.merge(e.kind().logName(), 1L, Long::sum);
    if (e instanceof Connection c && !c.update()) {
      conn(c);
    } else if (e instanceof DnsQuery q) {
      dns(q);
    } else if (e instanceof HttpTransaction h) {
      http(h);
    } else if (e instanceof TlsHandshake t) {
      tls(t);
    }
  }

  private void conn(Connection c) {
    long d = clock.epochDay(c.ts());
    if (d != day) {
      closeDay();
      day = d;
    }
    int key = PortKey.of(c);
    ports[key]++;
    dayPorts[key]++;
    conns++;
    int rp = c.id().respP();
    boolean isUdp = c.proto() == Transport.UDP;
    boolean isTcp = c.proto() == Transport.TCP;
    if (isTcp) {
      tcp++;
      states[c.state().ordinal()]++;
    } else if (isUdp) {
      udp++;
      if (c.respPkts() == 0 && c.respBytes() == 0) {
        udpUnanswered++;
      }
    }
    String svc = c.service();
    boolean respLocal = roles.local(c.id().respH());
    if (rp == 88 || svc.contains("krb")) {
      kerberos++;
    }
    if (rp == 389 || rp == 636 || rp == 3268 || rp == 3269 || svc.contains("ldap")) {
      ldap++;
    }
    boolean smbConn = isTcp && (rp == 445 || rp == 139) || svc.contains("smb");
    if (rp == 135 || isTcp && rp >= PortKey.DYNAMIC && respLocal
        || svc.contains("dce_rpc") && !smbConn) {
      rpc++;
    }
    if (isUdp && (rp == 137 || rp == 138) || isTcp && rp == 139) {
      netbios++;
    }
    if (isUdp && rp == 123) {
      ntp++;
    }
    if (smbConn) {
      smb++;
    }
    if (c.origBytes() + c.respBytes() == 0) {
      zeroPayload++;
    }
    if (c.duration() > 10 * Micros.MINUTE) {
      longConns++;
    }
    boolean atNight = clock.night(c.ts());
    boolean atWeekend = clock.weekend(c.ts());
    night += atNight ? 1 : 0;
    weekend += atWeekend ? 1 : 0;
    sizes.offer(UidHash.of(c.uid(), UidHash.SEED),
        new long[] {c.origBytes() + c.respBytes(), c.duration()});
    HostStats o = roles.local(c.id().origH()) ? host(c.id().origH()) : null;
    HostStats r = respLocal ? host(c.id().respH()) : null;
    if (o != null) {
      originated(o, c, d, rp, isTcp, isUdp, smbConn);
      touched(o, isUdp, smbConn, atNight, atWeekend);
    }
    if (r != null && r != o) {
      touched(r, isUdp, smbConn, atNight, atWeekend);
      r.reachedBy(c.id().origH());
      if ((rp == 88 || rp == 389) && c.respPkts() > 0) {
        r.answersDirectory = true;
      }
    }
    if (roles.known()) {
      // With a host table the DCs are known now: count each connection once.
      if (roles.domainController(c.id().origH(), o) || roles.domainController(c.id().respH(), r)) {
        dcConns++;
        dcSmb += smbConn ? 1 : 0;
      }
    }
  }

  private static void originated(HostStats o, Connection c, long day, int rp, boolean isTcp,
      boolean isUdp, boolean smbConn) {
    o.originated++;
    o.destination(day, c.id().respH());
    if (isTcp) {
      o.tcpOriginator = true;
      if (failed(c.state())) {
        o.failedTcp = true;
      }
    }
    if (isUdp && (rp == 137 || rp == 138) || isTcp && rp == 139) {
      o.netbios = true;
    }
    if (isUdp && rp == 5355) {
      o.llmnr = true;
    }
    if (isUdp && rp == 5353) {
      o.mdns = true;
    }
    if (smbConn || rp == 88 || isTcp && rp == 135 || isUdp && (rp == 137 || rp == 138)) {
      o.windowsPorts = true;
    }
  }

  private static void touched(HostStats h, boolean isUdp, boolean smbConn, boolean atNight,
      boolean atWeekend) {
    h.touched++;
    h.touchedUdp += isUdp ? 1 : 0;
    h.smbTouched += smbConn ? 1 : 0;
    h.touchedNight += atNight ? 1 : 0;
    h.touchedWeekend += atWeekend ? 1 : 0;
  }

  /** Zeek states of a TCP attempt that never became a session (REFERENCES.md's list). */
  static boolean failed(ConnState s) {
    return switch (s) {
      case S0, REJ, RSTOS0, SH, OTH -> true;
      default -> false;
    };
  }

  private void dns(DnsQuery q) {
    dns++;
    count(rcodes, q.rcode().isEmpty() ? "(no reply)" : q.rcode());
    count(qtypes, q.qtype().isEmpty() ? "(none)" : q.qtype());
  }

  private void http(HttpTransaction h) {
    if (h.statusCode() > 0) {
      httpAnswered++;
      httpNon2xx += h.statusCode() / 100 == 2 ? 0 : 1;
    }
    if (roles.local(h.id().origH())) {
      if (!h.userAgent().isEmpty() && userAgents.size() < NAME_CAP) {
        userAgents.add(h.userAgent());
      }
      HostStats s = host(h.id().origH());
      s.httpClient = true;
      if (!h.userAgent().isEmpty() && !h.userAgent().startsWith("Mozilla/")) {
        s.nonBrowserAgent = true;
      }
    }
  }

  private void tls(TlsHandshake t) {
    tls++;
    sniLess += t.serverName().isEmpty() ? 1 : 0;
    if (!t.version().isEmpty() && tlsVersions.size() < 64) {
      tlsVersions.add(t.version());
    }
  }

  private static void count(Map<String, Long> m, String k) {
    if (m.size() < 64 || m.containsKey(k)) {
      m.merge(k, 1L, Long::sum);
    } else {
      m.merge("(other)", 1L, Long::sum);
    }
  }

  HostStats host(int address) {
    return hosts.computeIfAbsent(address, a -> new HostStats());
  }

  private void closeDay() {
    if (day == Long.MIN_VALUE) {
      return;
    }
    int distinct = 0;
    for (long n : dayPorts) {
      distinct += n > 0 ? 1 : 0;
    }
    portsPerDay.add(distinct);
    if (prevDayPorts != null) {
      dayToDayJsd.add(Mix.jsd(prevDayPorts, dayPorts));
      java.util.Arrays.fill(prevDayPorts, 0);
      long[] t = prevDayPorts;
      prevDayPorts = dayPorts;
      dayPorts = t;
    } else {
      prevDayPorts = dayPorts;
      dayPorts = new long[PORT_SPACE];
    }
  }

  /** Closes the last day and every host's day; call once after the last event. */
  void finish() {
    closeDay();
    day = Long.MIN_VALUE;
    hosts.values().forEach(HostStats::closeDay);
    if (spanStart == Long.MIN_VALUE && first <= last) {
      spanStart = first;
      spanEnd = last;
    }
  }

  /** Days measured (fractional; at least one hour, so a short capture is not divided by 0). */
  double days() {
    if (spanStart == Long.MIN_VALUE) {
      return Double.NaN;
    }
    return Math.max(spanEnd - spanStart, Micros.HOUR) / (double) Micros.DAY;
  }
}
