package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finished tallies of one run, with the per-role and per-host aggregates the statistics
 * read: host counts and sums per {@link RoleGroup}, Windows and domain-controller hosts (from
 * the host table or the heuristic of {@link Roles}), and the sorted size and duration samples.
 */
final class Measured {
  /** Sums over the hosts of one role group. */
  static final class Group {
    long hosts;
    long originated;
    long touched;
    long touchedNight;
    long touchedWeekend;
    long touchedUdp;
    long destinationDays;
    long destinationSum;
  }

  final Tallies t;
  final Map<RoleGroup, Group> groups = new EnumMap<>(RoleGroup.class);
  final long[] bytes;
  final long[] durations;
  long windowsHosts;
  long windowsNetbios;
  long windowsLlmnr;
  long windowsMdns;
  long tcpOriginators;
  long failedOriginators;
  long httpClients;
  long nonBrowserClients;
  long heuristicDcConns;
  long heuristicDcSmb;
  double silentClasses = Double.NaN;

  Measured(Tallies t) {
    this.t = t;
    for (RoleGroup g : RoleGroup.values()) {
      groups.put(g, new Group());
    }
    for (Map.Entry<Integer, HostStats> e : new java.util.TreeMap<>(t.hosts).entrySet()) {
      host(e.getKey(), e.getValue());
    }
    if (t.roles.known()) {
      // Hosts of the table that never appeared still count: a silent host is a finding.
      for (HostInfo h : t.roles.hosts()) {
        if (!t.hosts.containsKey(h.address())) {
          countHost(RoleGroup.of(h.role()));
          windowsHosts += t.roles.windows(h.address(), null) ? 1 : 0;
        }
      }
      silentClasses = silentClasses();
    }
    List<long[]> sample = t.sizes.items();
    bytes = new long[sample.size()];
    durations = new long[sample.size()];
    for (int i = 0; i < sample.size(); i++) {
      bytes[i] = sample.get(i)[0];
      durations[i] = sample.get(i)[1];
    }
    java.util.Arrays.sort(bytes);
    java.util.Arrays.sort(durations);
  }

  private void host(int address, HostStats s) {
    RoleGroup rg = RoleGroup.of(t.roles.role(address, s));
    for (RoleGroup g : rg == RoleGroup.ALL ? List.of(RoleGroup.ALL) : List.of(RoleGroup.ALL, rg)) {
      Group x = groups.get(g);
      x.hosts++;
      x.originated += s.originated;
      x.touched += s.touched;
      x.touchedNight += s.touchedNight;
      x.touchedWeekend += s.touchedWeekend;
      x.touchedUdp += s.touchedUdp;
      x.destinationDays += s.destinationDays;
      x.destinationSum += s.destinationSum;
    }
    if (t.roles.windows(address, s)) {
      windowsHosts++;
      windowsNetbios += s.netbios ? 1 : 0;
      windowsLlmnr += s.llmnr ? 1 : 0;
      windowsMdns += s.mdns ? 1 : 0;
    }
    if (s.tcpOriginator) {
      tcpOriginators++;
      failedOriginators += s.failedTcp ? 1 : 0;
    }
    if (s.httpClient) {
      httpClients++;
      nonBrowserClients += s.nonBrowserAgent ? 1 : 0;
    }
    if (!t.roles.known() && t.roles.domainController(address, s)) {
      heuristicDcConns += s.touched;
      heuristicDcSmb += s.smbTouched;
    }
  }

  private void countHost(RoleGroup rg) {
    groups.get(RoleGroup.ALL).hosts++;
    if (rg != RoleGroup.ALL) {
      groups.get(rg).hosts++;
    }
  }

  /** Roles of the host table where more than half the hosts are silent (HostStats#silent). */
  private double silentClasses() {
    Map<HostRole, long[]> byRole = new LinkedHashMap<>();
    for (HostInfo h : t.roles.hosts()) {
      long[] c = byRole.computeIfAbsent(h.role(), r -> new long[2]);
      c[0]++;
      HostStats s = t.hosts.get(h.address());
      c[1] += s == null || s.silent() ? 1 : 0;
    }
    return byRole.values().stream().filter(c -> c[1] * 2 > c[0]).count();
  }

  /** Share of TCP connections in the given states. */
  double tcpShare(ConnState... states) {
    long n = 0;
    for (ConnState s : states) {
      n += t.states[s.ordinal()];
    }
    return Mix.share(n, t.tcp);
  }

  /** The run's TCP state mix, by Zeek state name. */
  Map<String, Double> tcpStates() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (ConnState s : ConnState.values()) {
      if (t.states[s.ordinal()] > 0) {
        m.put(s.name(), (double) t.states[s.ordinal()]);
      }
    }
    return m;
  }

  /** The run's responder port mix, by port key label. */
  Map<String, Double> portMix() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < t.ports.length; k++) {
      if (t.ports[k] > 0) {
        m.put(PortKey.label(k), (double) t.ports[k]);
      }
    }
    return m;
  }

  /** The fewest port keys whose connections add up to 99% of all connections. */
  double keysCovering(double share) {
    if (t.conns == 0) {
      return Double.NaN;
    }
    List<Long> counts = new ArrayList<>();
    for (long n : t.ports) {
      if (n > 0) {
        counts.add(n);
      }
    }
    counts.sort(java.util.Comparator.reverseOrder());
    long sum = 0;
    int keys = 0;
    for (long n : counts) {
      sum += n;
      keys++;
      if (sum >= share * t.conns) {
        break;
      }
    }
    return keys;
  }

  /** The median of a list of numbers; NaN when empty. */
  static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The share of DNS queries with this rcode (or "(no reply)"). */
  double rcode(String code) {
    return Mix.share(t.rcodes.getOrDefault(code, 0L), t.dns);
  }

  /** The share of DNS queries of this qtype. */
  double qtype(String type) {
    return Mix.share(t.qtypes.getOrDefault(type, 0L), t.dns);
  }

  /** Connections a group's hosts originated per host per day. */
  double perHostDay(RoleGroup g) {
    Group x = groups.get(g);
    return x.hosts == 0 ? Double.NaN : x.originated / (x.hosts * t.days());
  }

  /** Distinct destinations per host per active day (a day the host originated anything). */
  double destinations(RoleGroup g) {
    Group x = groups.get(g);
    return Mix.share(x.destinationSum, x.destinationDays);
  }

  /** Share of the group's connections at night (22-06 local). */
  double night(RoleGroup g) {
    return g == RoleGroup.ALL ? Mix.share(t.night, t.conns)
        : Mix.share(groups.get(g).touchedNight, groups.get(g).touched);
  }

  /** Share of the group's connections on Saturdays and Sundays. */
  double weekend(RoleGroup g) {
    return g == RoleGroup.ALL ? Mix.share(t.weekend, t.conns)
        : Mix.share(groups.get(g).touchedWeekend, groups.get(g).touched);
  }

  /** Share of the group's connections over UDP. */
  double udp(RoleGroup g) {
    return g == RoleGroup.ALL ? Mix.share(t.udp, t.conns)
        : Mix.share(groups.get(g).touchedUdp, groups.get(g).touched);
  }

  /** Share of connections touching a domain controller. */
  double dcShare() {
    return Mix.share(t.roles.known() ? t.dcConns : Math.min(heuristicDcConns, t.conns), t.conns);
  }

  /** Share of SMB connections touching a domain controller. */
  double dcSmbShare() {
    return Mix.share(t.roles.known() ? t.dcSmb : Math.min(heuristicDcSmb, t.smb), t.smb);
  }

  /** KS distance at the reference's quantile points: max |F(x_q) - q| over the points. */
  static double ks(long[] sorted, List<Reference.QuantilePoint> points, double scale) {
    if (sorted.length == 0 || points.isEmpty()) {
      return Double.NaN;
    }
    double d = 0;
    for (Reference.QuantilePoint p : points) {
      d = Math.max(d, Math.abs(Mix.cdf(sorted, p.value() * scale) - p.q()));
    }
    return d;
  }
}
