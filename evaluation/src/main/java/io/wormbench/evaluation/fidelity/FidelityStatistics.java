package io.wormbench.evaluation.fidelity;

import static io.wormbench.traffic.event.ConnState.OTH;
import static io.wormbench.traffic.event.ConnState.REJ;
import static io.wormbench.traffic.event.ConnState.RSTO;
import static io.wormbench.traffic.event.ConnState.RSTOS0;
import static io.wormbench.traffic.event.ConnState.RSTR;
import static io.wormbench.traffic.event.ConnState.S0;
import static io.wormbench.traffic.event.ConnState.SF;
import static io.wormbench.traffic.event.ConnState.SH;

import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The registry of scorecard statistics: every statistic is one line here, in report order, and
 * its reference range is the entry of the same id in reference.yaml. Shares are of connections
 * unless the description says otherwise. Statistics split by role come once per
 * {@link RoleGroup}, with the group's id as the last part of their id.
 */
public final class FidelityStatistics {
  private static final List<Statistic> ALL = build();

  private FidelityStatistics() {}

  /** Every statistic, in report order. */
  public static List<Statistic> all() {
    return ALL;
  }

  /** The statistic with this id. */
  public static Optional<Statistic> named(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private static List<Statistic> build() {
    List<Statistic> s = new ArrayList<>();
    for (RoleGroup g : RoleGroup.values()) {
      add(s, "conns.per_host_day." + g.id(), "per host-day", "connections originated by the "
          + "group's hosts / (hosts x days measured)", m -> m.perHostDay(g));
    }
    for (RoleGroup g : RoleGroup.values()) {
      add(s, "dest.per_host_day." + g.id(), "per host-day", "distinct responder addresses per "
          + "host per local day, over the days the host originated a connection",
          m -> m.destinations(g));
    }
    add(s, "ports.distinct_per_day", "count", "median over local days of the distinct responder "
        + "port keys (proto/port, 49152-65535 as one key per proto)",
        m -> Measured.median(m.t.portsPerDay));
    add(s, "ports.keys_99", "count", "fewest port keys covering 99% of connections",
        m -> m.keysCovering(0.99));
    add2(s, "ports.mix_jsd", "bits", "Jensen-Shannon divergence of the port-key mix from the "
        + "reference mix (keys outside it pooled as 'other')",
        (m, r) -> Mix.jsd(pooled(m.portMix(), r.portMix()), r.portMix()));
    add(s, "ports.day_to_day_jsd", "bits", "median JSD of the port-key mix of each local day "
        + "against the day before", m -> Measured.median(m.t.dayToDayJsd));
    add(s, "tcp.failed_share", "share", "TCP connections in S0, REJ, RSTOS0, SH or OTH",
        m -> m.tcpShare(S0, REJ, RSTOS0, SH, OTH));
    add(s, "tcp.failed_originators", "share", "local TCP originators with at least one failed "
        + "attempt", m -> Mix.share(m.failedOriginators, m.tcpOriginators));
    add(s, "tcp.rst_share", "share", "TCP connections closed by a reset (RSTO, RSTR)",
        m -> m.tcpShare(RSTO, RSTR));
    add(s, "tcp.sf_share", "share", "TCP connections in SF", m -> m.tcpShare(SF));
    add2(s, "tcp.state_jsd", "bits", "JSD of the TCP conn_state mix from the reference mix",
        (m, r) -> Mix.jsd(pooled(m.tcpStates(), r.tcpStates()), r.tcpStates()));
    add(s, "udp.share", "share", "connections over UDP", m -> m.udp(RoleGroup.ALL));
    add(s, "udp.share.iot", "share", "IoT hosts' connections (either end) over UDP",
        m -> m.udp(RoleGroup.IOT));
    add(s, "udp.unanswered", "share", "UDP connections with no reply packet",
        m -> Mix.share(m.t.udpUnanswered, m.t.udp));
    add(s, "share.kerberos", "share", "connections to port 88 or with a krb service",
        m -> Mix.share(m.t.kerberos, m.t.conns));
    add(s, "share.ldap", "share", "connections to 389, 636, 3268, 3269 (TCP or UDP) or with an "
        + "ldap service", m -> Mix.share(m.t.ldap, m.t.conns));
    add(s, "share.rpc", "share", "connections to 135, to a local TCP port >= 49152 (dynamic "
        + "RPC), or dce_rpc outside SMB", m -> Mix.share(m.t.rpc, m.t.conns));
    add(s, "share.netbios", "share", "connections to udp/137, udp/138 or tcp/139",
        m -> Mix.share(m.t.netbios, m.t.conns));
    add(s, "share.ntp", "share", "connections to udp/123", m -> Mix.share(m.t.ntp, m.t.conns));
    add(s, "windows.netbios_hosts", "share", "Windows hosts originating NetBIOS",
        m -> Mix.share(m.windowsNetbios, m.windowsHosts));
    add(s, "windows.llmnr_hosts", "share", "Windows hosts originating LLMNR (udp/5355)",
        m -> Mix.share(m.windowsLlmnr, m.windowsHosts));
    add(s, "windows.mdns_hosts", "share", "Windows hosts originating mDNS (udp/5353)",
        m -> Mix.share(m.windowsMdns, m.windowsHosts));
    add(s, "dc.conn_share", "share", "connections with a domain controller at either end",
        Measured::dcShare);
    add(s, "dc.smb_share", "share", "SMB connections (tcp/445, tcp/139, smb service) with a "
        + "domain controller at either end", Measured::dcSmbShare);
    add(s, "dns.noerror", "share", "DNS queries answered NOERROR", m -> m.rcode("NOERROR"));
    add(s, "dns.nxdomain", "share", "DNS queries answered NXDOMAIN", m -> m.rcode("NXDOMAIN"));
    add(s, "dns.unanswered", "share", "DNS queries without a reply", m -> m.rcode("(no reply)"));
    add(s, "dns.qtype.a", "share", "DNS queries of type A", m -> m.qtype("A"));
    add(s, "dns.qtype.aaaa", "share", "DNS queries of type AAAA", m -> m.qtype("AAAA"));
    add(s, "dns.qtype.srv", "share", "DNS queries of type SRV", m -> m.qtype("SRV"));
    add(s, "dns.qtype.ptr", "share", "DNS queries of type PTR", m -> m.qtype("PTR"));
    add(s, "conn.zero_payload", "share", "connections with no payload byte either way",
        m -> Mix.share(m.t.zeroPayload, m.t.conns));
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      add(s, "conn.bytes.p" + pct(q), "bytes", "quantile of orig+resp payload bytes (nearest "
          + "rank over the sample)", m -> Mix.quantile(m.bytes, q));
    }
    add2(s, "conn.bytes.ks", "KS distance", "max |F(x) - q| over the reference's byte "
        + "quantile points", (m, r) -> Measured.ks(m.bytes, r.bytes(), 1));
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      add(s, "conn.duration.p" + pct(q), "seconds", "quantile of connection duration (nearest "
          + "rank over the sample)", m -> Mix.quantile(m.durations, q) / Micros.SECOND);
    }
    add2(s, "conn.duration.ks", "KS distance", "max |F(x) - q| over the reference's duration "
        + "quantile points", (m, r) -> Measured.ks(m.durations, r.duration(), Micros.SECOND));
    add(s, "conn.long_share", "share", "connections longer than 10 minutes",
        m -> Mix.share(m.t.longConns, m.t.conns));
    add(s, "http.agents_per_client", "ratio", "distinct user agents of local clients / local "
        + "HTTP client hosts",
        m -> Mix.share(m.t.userAgents.size(), m.httpClients));
    add(s, "http.nonbrowser_clients", "share", "local HTTP client hosts sending a user agent "
        + "not starting with Mozilla/", m -> Mix.share(m.nonBrowserClients, m.httpClients));
    add(s, "http.non2xx", "share", "answered HTTP requests with a status outside 200-299",
        m -> Mix.share(m.t.httpNon2xx, m.t.httpAnswered));
    add(s, "tls.versions", "count", "distinct TLS/SSL versions in handshakes",
        m -> m.t.tls == 0 ? Double.NaN : m.t.tlsVersions.size());
    add(s, "tls.sni_less", "share", "TLS handshakes without SNI",
        m -> Mix.share(m.t.sniLess, m.t.tls));
    for (RoleGroup g : RoleGroup.values()) {
      add(s, "time.night_share." + g.id(), "share", "the group's connections (either end) "
          + "from 22:00 to 06:00 local time", m -> m.night(g));
    }
    for (RoleGroup g : RoleGroup.values()) {
      add(s, "time.weekend_share." + g.id(), "share", "the group's connections (either end) "
          + "on local Saturdays and Sundays", m -> m.weekend(g));
    }
    add(s, "roles.silent_classes", "count", "roles of the host table where more than half the "
        + "hosts are silent: they originate nothing and at most one peer reaches them (needs "
        + "truth)", m -> m.silentClasses);
    return Collections.unmodifiableList(s);
  }

  private static String pct(double q) {
    return q == 0.5 ? "50" : q == 0.9 ? "90" : "99";
  }

  /** The run's mix with keys the reference lacks pooled under "other". */
  static java.util.Map<String, Double> pooled(java.util.Map<String, Double> run,
      java.util.Map<String, Double> ref) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    for (var e : run.entrySet()) {
      out.merge(ref.containsKey(e.getKey()) ? e.getKey() : Reference.OTHER, e.getValue(),
          Double::sum);
    }
    return out;
  }

  private static void add(List<Statistic> s, String id, String unit, String what,
      ToDoubleFunction<Measured> f) {
    s.add(new Statistic(id, unit, what, (m, r) -> f.applyAsDouble(m)));
  }

  private static void add2(List<Statistic> s, String id, String unit, String what,
      ToDoubleBiFunction<Measured, Reference> f) {
    s.add(new Statistic(id, unit, what, f));
  }
}
