package io.wormbench.detectors.mining;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cryptocurrency mining (MITRE ATT&CK T1496, Resource Hijacking) seen on the wire, as the
 * jsiwek/zeek-cryptomining package and the Emerging Threats coin-mining rules see it:
 * cleartext JSON-RPC mining methods (Stratum v1, the XMRig/MinerGate and Ethereum Stratum
 * dialects, and Bitcoin getwork/getblocktemplate over HTTP), mining-pool
 * names in DNS queries and TLS SNI, and long-lived connections to well-known pool ports. The
 * protocol evidence scores highest and grows as a session shows a handshake, then work, then
 * submitted shares; a pool name or a long session on a pool port alone scores lower.
 */
public final class MiningProtocolDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "mining-protocol";

  /** Default substrings of mining-pool host names. */
  public static final List<String> DEFAULT_POOL_NAMES = List.of("minergate", "xmrpool",
      "supportxmr", "nanopool", "moneroocean", "nicehash", "f2pool", "2miners", "ethermine",
      "hashvault", "minexmr", "c3pool", "herominers", "coinhive", "crypto-pool", "dwarfpool",
      "slushpool", "antpool", "viabtc", "miningpool", "mining-pool", "xmrig", "monero");

  /** Default well-known Stratum pool ports. */
  public static final List<Integer> DEFAULT_POOL_PORTS =
      List.of(3333, 4444, 5555, 7777, 9999, 14433, 14444, 45560, 45700);

  /** Parameters with their defaults. */
  public record Settings(List<String> poolNames, Set<Integer> poolPorts, long minDuration,
      long holdOff) {
    public static final Settings DEFAULTS = new Settings(DEFAULT_POOL_NAMES,
        Set.copyOf(DEFAULT_POOL_PORTS), 30 * Micros.MINUTE, Micros.HOUR);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "poolNames", "poolPorts", "minDuration", "holdOff");
      List<String> names = p.field("poolNames").isPresent()
          ? p.strings("poolNames").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()
          : DEFAULTS.poolNames;
      Set<Integer> ports = new TreeSet<>(DEFAULTS.poolPorts);
      if (p.field("poolPorts").isPresent()) {
        ports.clear();
        for (SpecNode item : p.list("poolPorts")) {
          int port;
          try {
            port = Integer.parseInt(item.text());
          } catch (NumberFormatException e) {
            throw item.error("must be a port number, not '" + item.text() + "'");
          }
          if (port < 1 || port > 65535) {
            throw item.error("must be a port between 1 and 65535");
          }
          ports.add(port);
        }
      }
      return new Settings(names, Set.copyOf(ports),
          p.durationField("minDuration", DEFAULTS.minDuration, v -> v > 0, "must be > 0"),
          p.durationField("holdOff", DEFAULTS.holdOff, v -> v > 0, "must be > 0"));
    }
  }

  private final Settings settings;
  private static final int TOKEN_CACHE = 1 << 16;
  private final Map<Long, Integer> sessionMasks = new HashMap<>();
  private final Map<String, String> tokenCache = new HashMap<>();
  private final AlertGate<Long> gate;

  /** Binds parameters from a {@code detectors:} entry. */
  public MiningProtocolDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public MiningProtocolDetector(Settings settings) {
    this.settings = settings;
    this.gate = new AlertGate<>(settings.holdOff(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (event instanceof StratumMessage m) {
      stratum(m, alerts);
    } else if (event instanceof DnsQuery d) {
      poolName(d.ts(), d.id().origH(), d, d.query(), "DNS query for", 0.55, alerts);
    } else if (event instanceof TlsHandshake t) {
      poolName(t.ts(), t.id().origH(), t, t.serverName(), "TLS session to", 0.6, alerts);
    } else if (event instanceof Connection c) {
      longSession(c, alerts);
    }
  }

  private void stratum(StratumMessage m, AlertSink alerts) {
    MiningMethods category = MiningMethods.of(m.method());
    if (category == null) {
      return;
    }
    int miner = m.id().origH();
    int pool = m.id().respH();
    long key = ((long) miner << 32) | (pool & 0xffffffffL);
    int mask = sessionMasks.merge(key, category.bit(), (a, b) -> a | b);
    int kinds = Integer.bitCount(mask & ~MiningMethods.KEEPALIVE.bit());
    double score = Evidence.score(0.7 + 0.1 * kinds);
    if (!gate.allow(m.ts(), key, score)) {
      return;
    }
    String dialect = MiningMethods.dialect(m.method());
    StringBuilder ev = new StringBuilder();
    ev.append(dialect).append(" mining method '").append(m.method()).append("' ")
        .append(m.fromOriginator() ? "sent to " : "received from ").append(Evidence.ip(pool))
        .append(':').append(m.id().respP());
    if (!m.worker().isEmpty()) {
      ev.append(" (worker '").append(m.worker()).append("')");
    }
    if (!m.agent().isEmpty()) {
      ev.append(" by agent '").append(m.agent()).append('\'');
    }
    ev.append("; session shows ").append(describe(mask));
    alerts.emit(new Alert(NAME, m.ts(), miner, pool, score, Technique.RESOURCE_HIJACKING.id(),
        ev.toString()));
  }

  private static String describe(int mask) {
    StringBuilder b = new StringBuilder();
    for (MiningMethods c : MiningMethods.values()) {
      if ((mask & c.bit()) != 0) {
        b.append(b.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  private void poolName(long ts, int host, Event event, String name, String what, double score,
      AlertSink alerts) {
    if (name.isEmpty() || !Ipv4.isPrivate(host)) {
      return;
    }
    String token = poolToken(name);
    if (token.isEmpty()) {
      return;
    }
    int peer = event instanceof DnsQuery d ? firstAddress(d.answers()) : event.id().respH();
    long key = ((long) host << 32) | (name.toLowerCase(Locale.ROOT).hashCode() & 0xffffffffL);
    if (gate.allow(ts, key, score)) {
      alerts.emit(new Alert(NAME, ts, host, peer, score, Technique.RESOURCE_HIJACKING.id(),
          what + " mining pool name " + name + " (matches '" + token + "')"));
    }
  }

  /** The first IPv4 answer of a DNS response: the pool's address, for correlation. */
  private static int firstAddress(List<String> answers) {
    for (String a : answers) {
      try {
        return Ipv4.parse(a);
      } catch (IllegalArgumentException e) {
        // a CNAME or AAAA answer; try the next
      }
    }
    return Ipv4.NONE;
  }

  /** The pool-name token {@code name} contains, or ""; memoised because names repeat. */
  private String poolToken(String name) {
    String cached = tokenCache.get(name);
    if (cached != null) {
      return cached;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String found = "";
    for (String token : settings.poolNames()) {
      if (lower.contains(token)) {
        found = token;
        break;
      }
    }
    if (tokenCache.size() >= TOKEN_CACHE) {
      tokenCache.clear(); // bounded memory; a cache miss only costs time
    }
    tokenCache.put(name, found);
    return found;
  }

  private void longSession(Connection c, AlertSink alerts) {
    int host = c.id().origH();
    int peer = c.id().respH();
    if (c.duration() < settings.minDuration() || !settings.poolPorts().contains(c.id().respP())
        || !Ipv4.isPrivate(host) || Ipv4.isPrivate(peer) || !c.state().established()) {
      return;
    }
    // Longer sessions look more like a miner holding its pool connection open.
    double score = Evidence.score(0.4 + 0.1 * Math.min(2.0,
        (double) c.duration() / settings.minDuration() - 1.0));
    long key = ((long) host << 32) | (peer & 0xffffffffL);
    if (gate.allow(c.ts(), key, score)) {
      alerts.emit(new Alert(NAME, c.ts(), host, peer, score, Technique.RESOURCE_HIJACKING.id(),
          Evidence.duration(c.duration()) + " " + c.proto().zeekName() + " session to pool port "
              + Evidence.ip(peer) + ":" + c.id().respP() + " (" + (c.origBytes() + c.respBytes())
              + " bytes)"));
    }
  }
}
