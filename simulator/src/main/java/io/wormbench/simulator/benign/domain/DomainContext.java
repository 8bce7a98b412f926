package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.time.Micros;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The per-run state of the Windows domain that flows outside this package need: the settings,
 * the Kerberos realm, and each client's service-ticket cache, so that an SMB logon asks the
 * KDC for a {@code cifs/} ticket only when it holds none (tickets last 10 h, the Windows
 * default MaxServiceAge). Memory is bounded by clients times the services they use.
 */
public final class DomainContext {
  /** Service tickets live 10 hours (the default Kerberos policy of a Windows domain). */
  static final long TICKET_LIFE = 10 * Micros.HOUR;
  /** No domain background: every SMB logon stays NTLM. */
  public static final DomainContext OFF = new DomainContext(DomainSpec.OFF, "", "", 0);

  private final DomainSpec spec;
  private final String realm;
  private final String dnsDomain;
  private final Map<String, Long> tickets = new HashMap<>();
  private final long seed;
  private final Map<Integer, SplittableRandom> streams = new HashMap<>();

  DomainContext(DomainSpec spec, String realm, String dnsDomain, long seed) {
    this.spec = spec;
    this.realm = realm;
    this.dnsDomain = dnsDomain;
    this.seed = seed;
  }

  /** The context for the network of {@code w}. */
  static DomainContext of(World w, DomainSpec spec, long seed) {
    String dns = dnsDomainOf(w);
    return new DomainContext(spec, dns.toUpperCase(Locale.ROOT), dns, seed);
  }

  /**
   * Random bits from {@code h}'s own stream, for the sizes, timings and choices of flows that
   * other code triggers (SMB logons): a stream per host keeps every host's draws independent
   * of what other hosts, and any attack, do.
   */
  int bits(Host h) {
    return streams.computeIfAbsent(h.index(),
        i -> new SplittableRandom(seed ^ (i + 1) * 0x9E3779B97F4A7C15L)).nextInt();
  }

  /** The internal DNS zone: the suffix of every host's DNS name. */
  static String dnsDomainOf(World w) {
    String n = w.network().hosts().get(0).dnsName();
    return n.substring(n.indexOf('.') + 1);
  }

  DomainSpec spec() {
    return spec;
  }

  String realm() {
    return realm;
  }

  String dnsDomain() {
    return dnsDomain;
  }

  /**
   * True when an SMB logon from {@code src} to {@code dst} with a {@code domain} account is
   * authenticated by Kerberos: the background is on, the account is a domain account, the
   * server a Windows domain member reached by name, and the session is not among the NTLM
   * fallback share (a draw from the client's own stream).
   */
  public boolean kerberosSmb(World w, Host src, int dst, String domain, String uid) {
    if (!spec.enabled() || !domain.equalsIgnoreCase(w.network().domain())
        || !w.network().internal(dst)) {
      return false;
    }
    DomainRole client = DomainRole.of(src);
    if (client == null || DomainRole.of(w.network().host(dst)) == null) {
      return false;
    }
    double share = spec.get(client, DomainParameter.SMB_KERBEROS);
    return (bits(src) & 0xffff) < share * 0x10000;
  }

  /**
   * Makes sure {@code src} holds a ticket for {@code spn} at {@code ts}: when it does not, a
   * TGS exchange with its KDC is emitted and the ticket cached for 10 hours.
   */
  public void serviceTicket(World w, Host src, String user, String spn, long ts) {
    String key = src.index() + " " + spn;
    Long until = tickets.get(key);
    if (until != null && until > ts) {
      return;
    }
    tickets.put(key, ts + TICKET_LIFE);
    Host kdc = kdcFor(w, src);
    if (kdc != null) {
      Kdc.tgs(w, this, src, kdc, ts, user, spn);
    }
  }

  /** The KDC a host asks: its DNS resolver (a DC), or another DC for a DC itself. */
  static Host kdcFor(World w, Host h) {
    Host dc = w.network().resolver(h);
    if (dc != h) {
      return dc;
    }
    List<Host> dcs = w.network().role(io.wormbench.traffic.truth.HostRole.DOMAIN_CONTROLLER);
    for (Host d : dcs) {
      if (d != h) {
        return d;
      }
    }
    return null;
  }

  /** The SPN form of a host: {@code service/name.zone}. */
  static String spn(String service, Host target) {
    return service + "/" + target.dnsName();
  }

  /** A client principal as Zeek writes it, {@code name/REALM}. */
  String principal(String name) {
    return name + "/" + realm;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
