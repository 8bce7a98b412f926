package io.wormbench.simulator.attack;

import io.wormbench.simulator.network.NetworkSpec;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of {@code attacks}: the cryptomining worm of the seed incident with every
 * parameter and stealth knob of its six stages, plus an optional command-and-control beacon
 * ({@code c2}, off unless present). Absent fields take the seed incident's values.
 */
public record WormSpec(
    String name,
    long start,
    int patientZeros,
    HostRole patientZeroRole,
    long spreadDelay,
    long stageGap,
    boolean workingHoursOnly,
    int maxInfected,
    Download download,
    RdpChain rdpChain,
    Scan scan,
    BruteForce bruteForce,
    Transfer transfer,
    Mining mining,
    C2 c2) {

  public static final Set<String> FIELDS = Set.of("name", "start", "patientZero", "spreadDelay",
      "stageGap", "workingHoursOnly", "maxInfected", "download", "rdpChain", "scan", "bruteForce",
      "transfer", "mining", "c2");

  /** Stage 1: the payload download over HTTP. */
  public record Download(String domain, String uri, long size, String userAgent) {}

  /** Stage 2: RDP hops from patient zero. */
  public record RdpChain(int hops, boolean alongAdminPairs, long gap) {}

  /** Stage 3: probes to random internet addresses. */
  public record Scan(List<Integer> ports, double probesPerMinute, long duration,
      double answerShare) {}

  /** Stage 4: SMB brute force against internal hosts. */
  public record BruteForce(int targetsPerHost, double targetsPerHour, int userNames,
      int passwords, double attemptsPerMinute, boolean stopOnSuccess, boolean harvestedNames,
      List<HostRole> targetRoles) {}

  /** Stage 5: the copy to an admin share and the remote start. */
  public record Transfer(String share, boolean randomName, int nameLength, String alphabet,
      String legitName, long size, boolean rpcOverTcp) {}

  /** Stage 6: mining. */
  public record Mining(Dialect dialect, String pool, int port, boolean tls,
      double submitsPerHour, double jobsPerHour, long sessionLength, String agent) {}

  /**
   * Optional call-home from every infected host (MITRE ATT&CK T1071.001, T1573): one short
   * connection per {@code interval}, each gap drawn uniformly within {@code jitter x interval}
   * of it, over TLS with SNI {@code domain} or plain HTTP with Host {@code domain}; the domain
   * is resolved before the first beacon and again every {@code dnsTtl}. {@code enabled} is
   * false when {@code c2} is absent, and then nothing else here is used.
   */
  public record C2(boolean enabled, String domain, long interval, double jitter, int port,
      boolean tls, String uri, String userAgent, long bytesOut, long bytesIn, long startAfter,
      long dnsTtl) {}

  /** The mining protocol dialect. */
  public enum Dialect { STRATUM, XMRIG }

  /** Binds {@code attacks[i]}. */
  public static WormSpec bind(SpecNode n, int index) {
    n.rejectUnknown(FIELDS);
    SpecNode pz = n.map("patientZero");
    pz.rejectUnknown(Set.of("count", "role"));
    return new WormSpec(
        n.string("name", "worm-" + (index + 1)),
        n.durationField("start", 0, x -> x >= 0, "must be >= 0"),
        pz.intField("count", 1, x -> x >= 1 && x <= 100, "must be between 1 and 100"),
        role(pz, "role", HostRole.WORKSTATION),
        n.durationField("spreadDelay", 20 * Micros.MINUTE, x -> x >= 0, "must be >= 0"),
        n.durationField("stageGap", 3 * Micros.MINUTE, x -> x >= 0, "must be >= 0"),
        n.bool("workingHoursOnly", false),
        n.intField("maxInfected", 50, x -> x >= 1 && x <= 100_000,
            "must be between 1 and 100000"),
        download(n.map("download")), rdp(n.map("rdpChain")), scan(n.map("scan")),
        brute(n.map("bruteForce")), transfer(n.map("transfer")), mining(n.map("mining")),
        c2(n, "c2"));
  }

  private static HostRole role(SpecNode n, String field, HostRole fallback) {
    HostRole r = n.enumField(field, HostRole.class, fallback);
    if (r == HostRole.UNKNOWN) {
      throw n.field(field).orElseThrow().error("must be a role of the network model");
    }
    return r;
  }

  private static Download download(SpecNode n) {
    n.rejectUnknown(Set.of("domain", "uri", "size", "userAgent"));
    String uri = n.string("uri", "/dl/x7fq.exe");
    if (!uri.startsWith("/")) {
      throw n.field("uri").orElseThrow().error("must start with '/'");
    }
    return new Download(n.string("domain", "cdn.fastfilehost-7.example.net"), uri,
        n.longField("size", 1_482_752, x -> x > 0, "must be > 0"), n.string("userAgent", ""));
  }

  private static RdpChain rdp(SpecNode n) {
    n.rejectUnknown(Set.of("hops", "alongAdminPairs", "gap"));
    return new RdpChain(n.intField("hops", 2, x -> x >= 0 && x <= 20, "must be between 0 and 20"),
        n.bool("alongAdminPairs", false),
        n.durationField("gap", 4 * Micros.MINUTE, x -> x >= 0, "must be >= 0"));
  }

  private static Scan scan(SpecNode n) {
    n.rejectUnknown(Set.of("ports", "probesPerMinute", "duration", "answerShare"));
    List<Integer> ports = ports(n, "ports", List.of(445, 135));
    return new Scan(ports,
        n.doubleField("probesPerMinute", 60, x -> x >= 0 && x <= 60_000,
            "must be in [0, 60000]"),
        n.durationField("duration", 15 * Micros.MINUTE, x -> x >= 0, "must be >= 0"),
        n.doubleField("answerShare", 0.02, x -> x >= 0 && x <= 1, "must be in [0, 1]"));
  }

  private static BruteForce brute(SpecNode n) {
    n.rejectUnknown(Set.of("targetsPerHost", "targetsPerHour", "userNames", "passwords",
        "attemptsPerMinute", "stopOnSuccess", "userNameSource", "targetRoles"));
    String source = n.string("userNameSource", "common");
    if (!source.equals("common") && !source.equals("harvested")) {
      throw n.field("userNameSource").orElseThrow().error(
          "must be common or harvested, not '" + source + "'");
    }
    List<HostRole> roles = new ArrayList<>();
    for (SpecNode item : n.list("targetRoles")) {
      String t = item.text().replace('-', '_').toUpperCase(Locale.ROOT);
      HostRole r;
      try {
        r = HostRole.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw item.error("unknown role '" + item.text() + "'");
      }
      roles.add(r);
    }
    if (roles.isEmpty()) {
      roles = List.of(HostRole.WORKSTATION, HostRole.FILE_SERVER, HostRole.APP_SERVER,
          HostRole.DATABASE_SERVER);
    }
    return new BruteForce(
        n.intField("targetsPerHost", 5, x -> x >= 0 && x <= 10_000, "must be in [0, 10000]"),
        n.doubleField("targetsPerHour", 6, x -> x > 0, "must be > 0"),
        n.intField("userNames", 12, x -> x >= 1 && x <= BruteForcer.COMMON_USERS.size(),
            "must be between 1 and " + BruteForcer.COMMON_USERS.size()),
        n.intField("passwords", 20, x -> x >= 1 && x <= 100_000, "must be between 1 and 100000"),
        n.doubleField("attemptsPerMinute", 30, x -> x > 0, "must be > 0"),
        n.bool("stopOnSuccess", true), source.equals("harvested"), List.copyOf(roles));
  }

  private static Transfer transfer(SpecNode n) {
    n.rejectUnknown(Set.of("share", "fileName", "nameLength", "alphabet", "legitName", "size",
        "remoteStart"));
    String start = n.string("remoteStart", "svcctl-pipe");
    if (!start.equals("svcctl-pipe") && !start.equals("rpc-tcp")) {
      throw n.field("remoteStart").orElseThrow().error(
          "must be svcctl-pipe or rpc-tcp, not '" + start + "'");
    }
    String share = n.string("share", "ADMIN$").toUpperCase(Locale.ROOT);
    if (!share.equals("ADMIN$") && !share.equals("C$")) {
      throw n.field("share").orElseThrow().error("must be ADMIN$ or C$, not '" + share + "'");
    }
    String style = n.string("fileName", "random");
    if (!style.equals("random") && !style.equals("legit")) {
      throw n.field("fileName").orElseThrow().error(
          "must be random or legit, not '" + style + "'");
    }
    String alphabet = n.string("alphabet", "abcdefghijklmnopqrstuvwxyz0123456789");
    if (alphabet.isEmpty()) {
      throw n.field("alphabet").orElseThrow().error("must not be empty");
    }
    return new Transfer(share, style.equals("random"),
        n.intField("nameLength", 4, x -> x >= 1 && x <= 64, "must be between 1 and 64"), alphabet,
        n.string("legitName", "WindowsUpdateAgent.exe"),
        n.longField("size", 1_482_752, x -> x > 0, "must be > 0"), start.equals("rpc-tcp"));
  }

  private static Mining mining(SpecNode n) {
    n.rejectUnknown(Set.of("dialect", "pool", "port", "tls", "submitsPerHour", "jobsPerHour",
        "sessionLength", "agent"));
    boolean tls = n.bool("tls", false);
    return new Mining(n.enumField("dialect", Dialect.class, Dialect.XMRIG),
        n.string("pool", "xmr.pool.minergate.com"),
        n.intField("port", tls ? 443 : 45700, x -> x >= 1 && x <= 65535,
            "must be a port between 1 and 65535"),
        tls,
        n.doubleField("submitsPerHour", 30, x -> x >= 0 && x <= 36_000, "must be in [0, 36000]"),
        n.doubleField("jobsPerHour", 40, x -> x >= 0 && x <= 36_000, "must be in [0, 36000]"),
        n.durationField("sessionLength", Micros.HOUR, x -> x >= Micros.MINUTE,
            "must be at least 1m"),
        n.string("agent", "XMRig/6.21.0 (Windows NT 10.0; Win64; x64) libuv/1.44.2 msvc/2019"));
  }

  private static C2 c2(SpecNode parent, String field) {
    boolean enabled = parent.field(field).isPresent();
    SpecNode n = parent.map(field);
    n.rejectUnknown(Set.of("domain", "interval", "jitter", "port", "tls", "uri", "userAgent",
        "bytesOut", "bytesIn", "startAfter", "dnsTtl"));
    String domain = n.string("domain", "update.cdn-sync-7.example.net");
    if (domain.isEmpty()) {
      throw n.field("domain").orElseThrow().error("must not be empty");
    }
    boolean tls = n.bool("tls", true);
    String uri = n.string("uri", "/api/v2/sync");
    if (!uri.startsWith("/")) {
      throw n.field("uri").orElseThrow().error("must start with '/'");
    }
    return new C2(enabled, domain,
        n.durationField("interval", 5 * Micros.MINUTE, x -> x >= Micros.SECOND,
            "must be at least 1s"),
        // a jitter of 1 would allow back-to-back beacons with no gap at all
        n.doubleField("jitter", 0.1, x -> x >= 0 && x < 1, "must be in [0, 1)"),
        n.intField("port", tls ? 443 : 80, x -> x >= 1 && x <= 65535,
            "must be a port between 1 and 65535"),
        tls, uri,
        n.string("userAgent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"),
        n.longField("bytesOut", 350, x -> x >= 1 && x <= 1_000_000,
            "must be between 1 and 1000000"),
        n.longField("bytesIn", 1200, x -> x >= 0 && x <= 100_000_000,
            "must be between 0 and 100000000"),
        n.durationField("startAfter", Micros.MINUTE, x -> x >= 0, "must be >= 0"),
        n.durationField("dnsTtl", Micros.HOUR, x -> x >= Micros.SECOND, "must be at least 1s"));
  }

  private static List<Integer> ports(SpecNode n, String field, List<Integer> fallback) {
    List<Integer> out = new ArrayList<>();
    for (SpecNode p : n.list(field)) {
      int v;
      try {
        v = Integer.parseInt(p.text());
      } catch (NumberFormatException e) {
        throw p.error("must be a port number, not '" + p.text() + "'");
      }
      if (v < 1 || v > 65535) {
        throw p.error("must be a port between 1 and 65535");
      }
      out.add(v);
    }
    return out.isEmpty() ? fallback : List.copyOf(out);
  }

  /** Validates {@code attacks[i]} (node {@code n}) against the network it runs on. */
  public static void check(WormSpec spec, SpecNode n, NetworkSpec network) {
    if (network.hosts().getOrDefault(spec.patientZeroRole, 0) < spec.patientZeros) {
      throw n.map("patientZero").error("the network has fewer than " + spec.patientZeros + " "
          + NetworkSpec.roleName(spec.patientZeroRole) + " hosts");
    }
  }
}
