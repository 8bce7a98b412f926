package io.wormbench.simulator.benign.domain;

import static io.wormbench.simulator.benign.domain.DomainParameter.*;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Windows-domain background of one domain member: the machine's own timers (group-policy
 * refresh, w32time, DHCP renewal) and a Poisson stream of everything else (tickets, LDAP, DC
 * locator, RPC, named pipes, name-resolution misses with their LLMNR/mDNS/NetBIOS fallback,
 * PTR lookups, browser announcements, SSDP, ICMP), superposed into one process so a host
 * costs one agenda entry for it; each arrival picks its kind in proportion to the kinds'
 * rates. Workstations also log their user on each working day. A host that is not left on
 * is silent outside working hours (rhythm level under {@link #AWAKE}).
 */
final class DomainBehaviour {
  /** The rhythm level from which an office host that is switched off at night is on again. */
  static final double AWAKE = 0.1;
  private static final DomainParameter[] POISSON = {TICKETS, UNKNOWN_PRINCIPAL, LDAP, CLDAP,
      RPC, REPLICATION, PIPES, NAME_FAILURES, NXDOMAIN, PTR, BROWSER, SSDP, ECHO, UNREACHABLE};
  private static final String[] LABELS = {"wpad", "isatap", "fileserver", "printsrv", "nas01",
      "intranet", "oldfs02", "scanner", "sharepoint", "backup01"};
  private static final String[] DEAD = {"fs-legacy", "app-old", "sql2012", "ws-retired",
      "print-3f", "exchange01"};
  private static final String[] GHOSTS = {"svc-report", "temp.admin", "jsmith-old", "test01"};

  private final Host host;
  private final DomainRole role;
  private final DomainContext d;
  private final SplittableRandom r;
  private final boolean leftOn;
  private final double[] cumulative = new double[POISSON.length];
  private final double total;
  /** When each fixed-port flow (same five-tuple every time) was last sent. */
  private final long[] lastFixed = {Long.MIN_VALUE / 2, Long.MIN_VALUE / 2, Long.MIN_VALUE / 2,
      Long.MIN_VALUE / 2, Long.MIN_VALUE / 2};
  private static final int MDNS = 0;
  private static final int NBNS = 1;
  private static final int NBDS = 2;
  private static final int ECHO_FLOW = 3;
  private static final int DHCP_FLOW = 4;
  /**
   * Flows on a fixed five-tuple closer together than Zeek's 1 min UDP/ICMP inactivity timeout
   * would be one connection; the later one is left out (names then come from the caches).
   */
  private static final long SAME_FLOW = 65 * Micros.SECOND;

  DomainBehaviour(Host host, DomainRole role, DomainContext d, SplittableRandom r) {
    this.host = host;
    this.role = role;
    this.d = d;
    this.r = r;
    this.leftOn = r.nextDouble() < value(LEFT_ON);
    double sum = 0;
    for (int i = 0; i < POISSON.length; i++) {
      sum += value(POISSON[i]);
      cumulative[i] = sum;
    }
    this.total = sum;
  }

  private boolean free(int flow, long now) {
    if (now - lastFixed[flow] < SAME_FLOW) {
      return false;
    }
    lastFixed[flow] = now;
    return true;
  }

  private double value(DomainParameter p) {
    return d.spec().get(role, p);
  }

  private boolean on(World w, long now) {
    return leftOn || w.rhythm().level(now) >= AWAKE;
  }

  void start(World w) {
    long s = w.start();
    if (total > 0) {
      w.schedule(s + World.exponential(r, Micros.HOUR / total), this::poisson);
    }
    long gpo = (long) value(GPO_REFRESH);
    if (gpo > 0) {
      w.schedule(s + (long) (r.nextDouble() * gpo), this::gpo);
    }
    long ntp = (long) value(NTP_POLL);
    if (ntp > 0) {
      w.schedule(s + (long) (r.nextDouble() * ntp), this::ntp);
    }
    long lease = (long) value(DHCP_LEASE);
    if (lease > 0) {
      w.schedule(s + (long) (r.nextDouble() * lease / 2), this::dhcp);
    }
    if (value(AAAA) > 0) {
      w.schedule(nextAaaa(w, s), this::aaaa);
    }
    if (role == DomainRole.WORKSTATION) {
      scheduleLogon(w, s);
      double print = value(PRINT);
      if (print > 0) {
        w.schedule(w.rhythm().nextArrival(s, print, r), this::print);
      }
    }
  }

  // ---- timers ----

  private void gpo(long now, World w) {
    long refresh = (long) value(GPO_REFRESH);
    long jitter = (long) value(GPO_JITTER);
    if (on(w, now)) {
      policy(w, now);
    }
    w.schedule(now + refresh - jitter + (long) (r.nextDouble() * 2 * jitter), this::gpo);
  }

  /** One group-policy refresh: GPO list over LDAP, gpt.ini from SYSVOL, an lsarpc lookup. */
  private void policy(World w, long now) {
    Host dc = DomainContext.kdcFor(w, host);
    if (dc == null) {
      return;
    }
    String machine = host.name() + "$";
    d.serviceTicket(w, host, machine, DomainContext.spn("ldap", dc), now);
    Directory.session(w, d, host, dc, now + 5_000, machine, 2, true);
    Flows.smb(w, host, dc, now + 40_000, w.network().domain(), machine, true, "SYSVOL",
        SmbFileAccess.Action.READ, d.dnsDomain() + "\\Policies\\" + Directory.DEFAULT_POLICY
            + "\\gpt.ini", 22 + r.nextInt(40));
    if (r.nextDouble() < 0.5) {
      Rpc.call(w, d, host, dc, now + 90_000, machine, "lsarpc", "LsarOpenPolicy2",
          "LsarLookupSids2", "LsarClose");
    }
  }

  private void ntp(long now, World w) {
    long poll = (long) value(NTP_POLL);
    if (on(w, now)) {
      if (role == DomainRole.DOMAIN_CONTROLLER) {
        List<Host> dcs = w.network().role(HostRole.DOMAIN_CONTROLLER);
        boolean pdc = dcs.get(0) == host;
        Chatter.ntp(w, d, host, pdc ? Chatter.EXTERNAL_NTP : dcs.get(0).address(), now,
            pdc ? 1 : 3);
      } else {
        Host dc = DomainContext.kdcFor(w, host);
        if (dc != null) {
          Chatter.ntp(w, d, host, dc.address(), now, 3);
        }
      }
    }
    w.schedule(now + poll * 3 / 4 + (long) (r.nextDouble() * poll / 2), this::ntp);
  }

  private void dhcp(long now, World w) {
    long lease = (long) value(DHCP_LEASE);
    if (on(w, now)) {
      renew(w, now, lease);
    }
    w.schedule(now + lease / 2, this::dhcp);
  }

  private void renew(World w, long now, long lease) {
    Host server = w.network().resolver(host);
    if (server != host && free(DHCP_FLOW, now)) {
      Chatter.dhcp(w, d, host, server, now, lease);
    }
  }

  private void scheduleLogon(World w, long after) {
    long t = w.rhythm().nextWorkingTime(after);
    if (t != Long.MAX_VALUE) {
      w.schedule(t + (long) (r.nextDouble() * 45 * Micros.MINUTE), this::logon);
    }
  }

  /**
   * A user's logon: DC locator, the AS exchanges (PREAUTH_REQUIRED first; a mistyped
   * password first fails), service tickets for the workstation, the DC's LDAP and SYSVOL,
   * the netlogon secure channel, and the first policy refresh; a host that was off also
   * renews its DHCP lease first.
   */
  private void logon(long now, World w) {
    Host dc = DomainContext.kdcFor(w, host);
    if (dc != null) {
      long t = now;
      if (!leftOn && value(DHCP_LEASE) > 0) {
        renew(w, t, (long) value(DHCP_LEASE));
        t += 400_000;
      }
      locate(w, t, dc);
      String user = host.user().name();
      t = Kdc.logon(w, d, host, dc, t + 20_000, user, r.nextDouble() < value(LOGON_TYPO));
      for (String service : new String[] {"host", "ldap", "cifs"}) {
        Kdc.tgs(w, d, host, dc, t, user,
            service.equals("host") ? DomainContext.spn("host", host)
                : DomainContext.spn(service, dc));
        t += 3_000;
      }
      Rpc.call(w, d, host, dc, t, host.name() + "$", "netlogon", "NetrServerReqChallenge",
          "NetrServerAuthenticate3", "NetrLogonGetDomainInfo");
      Rpc.pipe(w, d, host, dc, t + 60_000, w.network().domain(), user, "wkssvc",
          "NetrWkstaGetInfo");
      policy(w, t + 120_000);
    }
    // the next working day
    scheduleLogon(w, w.rhythm().nextLocal(now, 6, null));
  }

  private void print(long now, World w) {
    List<Host> fs = w.network().role(HostRole.FILE_SERVER);
    if (!fs.isEmpty()) {
      Rpc.call(w, d, host, fs.get(0), now, host.user().name(), "spoolss", "RpcOpenPrinterEx",
          "RpcStartDocPrinter", "RpcWritePrinter", "RpcEndDocPrinter", "RpcClosePrinter");
    }
    w.schedule(w.rhythm().nextArrival(now, value(PRINT), r), this::print);
  }

  private long nextAaaa(World w, long now) {
    double rate = value(AAAA);
    return role == DomainRole.WORKSTATION ? w.rhythm().nextArrival(now, rate, r)
        : now + World.exponential(r, Micros.HOUR / rate);
  }

  /** An AAAA query for a name in use, which this IPv4-only network answers with no address. */
  private void aaaa(long now, World w) {
    if (on(w, now)) {
      List<Host> apps = w.network().role(HostRole.APP_SERVER);
      boolean internal = r.nextInt(5) == 0 && !apps.isEmpty();
      String name = internal ? apps.get(r.nextInt(apps.size())).dnsName()
          : w.network().sites().name(w.network().sites().draw(r));
      boolean lost = r.nextDouble() < value(DNS_LOSS);
      long rtt = internal ? 200 + r.nextInt(900) : 2_000 + World.exponential(r, 25_000);
      DomainDns.resolver(w, host, now, name, "AAAA", lost ? "" : "NOERROR", List.of(), rtt, 0,
          internal);
    }
    w.schedule(nextAaaa(w, now), this::aaaa);
  }

  // ---- the Poisson stream ----

  private void poisson(long now, World w) {
    if (on(w, now)) {
      double u = r.nextDouble() * total;
      int i = 0;
      while (i < POISSON.length - 1 && u >= cumulative[i]) {
        i++;
      }
      arrival(POISSON[i], w, now);
    }
    w.schedule(now + World.exponential(r, Micros.HOUR / total), this::poisson);
  }

  private String account(World w, long now) {
    return role == DomainRole.WORKSTATION && w.rhythm().workingHours(now)
        ? host.user().name() : host.name() + "$";
  }

  private void arrival(DomainParameter p, World w, long now) {
    Host dc = DomainContext.kdcFor(w, host);
    switch (p) {
      case TICKETS -> {
        if (dc != null) {
          Kdc.tgs(w, d, host, dc, now, account(w, now), servicePrincipal(w, dc));
        }
      }
      case UNKNOWN_PRINCIPAL -> {
        if (dc != null) {
          Kdc.unknownPrincipal(w, d, host, dc, now, GHOSTS[r.nextInt(GHOSTS.length)]);
        }
      }
      case LDAP -> {
        if (dc != null) {
          String who = account(w, now);
          d.serviceTicket(w, host, who, DomainContext.spn("ldap", dc), now);
          Directory.session(w, d, host, dc, now + 4_000, who, 1 + r.nextInt(3), false);
        }
      }
      case CLDAP -> {
        if (dc != null) {
          locate(w, now, dc);
        }
      }
      case RPC -> {
        if (dc != null) {
          rpc(w, now, dc);
        }
      }
      case REPLICATION -> {
        for (Host other : w.network().role(HostRole.DOMAIN_CONTROLLER)) {
          if (other != host) {
            Rpc.call(w, d, host, other, now, host.name() + "$", "drsuapi", "DRSBind",
                "DRSGetNCChanges", "DRSUnbind");
          }
        }
      }
      case PIPES -> pipe(w, now, dc);
      case NAME_FAILURES -> nameFailure(w, now);
      case NXDOMAIN -> nxdomain(w, now);
      case PTR -> ptr(w, now);
      case BROWSER -> {
        if (free(NBDS, now)) {
          Chatter.browser(w, host, now);
        }
      }
      case SSDP -> Chatter.ssdp(w, host, now);
      case ECHO -> {
        if (dc != null && free(ECHO_FLOW, now)) {
          Chatter.echo(w, host, dc, now);
        }
      }
      case UNREACHABLE -> {
        List<Host> ws = w.network().role(HostRole.WORKSTATION);
        Host target = ws.get(r.nextInt(ws.size()));
        if (target != host) {
          Chatter.unreachable(w, host, target, now);
        }
      }
      default -> throw new IllegalStateException("not a Poisson kind: " + p);
    }
  }

  private String servicePrincipal(World w, Host dc) {
    int k = r.nextInt(10);
    List<Host> pool = switch (k) {
      case 0, 1, 2 -> w.network().role(HostRole.FILE_SERVER);
      case 3, 4 -> w.network().role(HostRole.APP_SERVER);
      case 5 -> w.network().role(HostRole.DATABASE_SERVER);
      default -> List.of();
    };
    if (pool.isEmpty()) {
      return k == 9 ? "krbtgt/" + d.realm() : DomainContext.spn(k < 8 ? "ldap" : "host", dc);
    }
    Host t = pool.get(r.nextInt(pool.size()));
    return switch (k) {
      case 3, 4 -> DomainContext.spn("http", t);
      case 5 -> "MSSQLSvc/" + t.dnsName() + ":1433";
      default -> DomainContext.spn("cifs", t);
    };
  }

  private void rpc(World w, long now, Host dc) {
    String who = host.name() + "$";
    switch (r.nextInt(3)) {
      case 0 -> Rpc.call(w, d, host, dc, now, who, "lsarpc", "LsarOpenPolicy2",
          "LsarLookupSids2", "LsarClose");
      case 1 -> Rpc.call(w, d, host, dc, now, who, "netlogon", "DsrGetDcNameEx2");
      default -> Rpc.call(w, d, host, dc, now, who, "samr", "SamrConnect5",
          "SamrLookupNamesInDomain", "SamrCloseHandle");
    }
  }

  private void pipe(World w, long now, Host dc) {
    List<Host> fs = w.network().role(HostRole.FILE_SERVER);
    String domain = w.network().domain();
    if (r.nextBoolean() && !fs.isEmpty()) {
      Host f = fs.get(r.nextInt(fs.size()));
      if (f != host) {
        Rpc.pipe(w, d, host, f, now, domain, account(w, now), "srvsvc", "NetrShareEnum");
      }
    } else if (dc != null) {
      Rpc.pipe(w, d, host, dc, now, domain, host.name() + "$", "wkssvc", "NetrWkstaGetInfo");
    }
  }

  /** The DC locator: the SRV query, then a CLDAP ping to the DC. */
  private void locate(World w, long now, Host dc) {
    List<String> dcs = w.network().role(HostRole.DOMAIN_CONTROLLER).stream()
        .map(Host::dnsName).toList();
    resolve(w, now, "_ldap._tcp.dc._msdcs." + d.dnsDomain(), "SRV", "NOERROR", dcs, 600, true);
    Directory.cldap(w, d, host, dc, now + 3_000);
  }

  /** A query to the resolver that is sometimes lost and then sent again a second later. */
  private void resolve(World w, long now, String name, String qtype, String rcode,
      List<String> answers, long ttlSeconds, boolean internal) {
    long t = now;
    if (r.nextDouble() < value(DNS_LOSS)) {
      DomainDns.resolver(w, host, t, name, qtype, "", List.of(), 0, 0, internal);
      t += Micros.SECOND;
    }
    long rtt = internal ? 200 + r.nextInt(900) : 2_000 + World.exponential(r, 25_000);
    DomainDns.resolver(w, host, t, name, qtype, rcode, answers, rtt, ttlSeconds * Micros.SECOND,
        internal);
  }

  private void nameFailure(World w, long now) {
    String label = LABELS[r.nextInt(LABELS.length)];
    resolve(w, now, label + "." + d.dnsDomain(), "A", "NXDOMAIN", List.of(), 0, true);
    DomainDns.fallback(w, host, now + 2_000, label, free(MDNS, now + 2_000),
        free(NBNS, now + 2_000));
  }

  private void nxdomain(World w, long now) {
    int k = r.nextInt(3);
    if (k == 0) {
      resolve(w, now, DEAD[r.nextInt(DEAD.length)] + "." + d.dnsDomain(), "A", "NXDOMAIN",
          List.of(), 0, true);
      return;
    }
    String site = w.network().sites().name(w.network().sites().draw(r));
    if (k == 1) {
      // devolution: a failed name is tried again with the primary DNS suffix appended
      resolve(w, now, site + "." + d.dnsDomain(), "A", "NXDOMAIN", List.of(), 0, true);
    } else {
      resolve(w, now, typo(site), "A", "NXDOMAIN", List.of(), 0, false);
    }
  }

  /** The name with one letter doubled or dropped, as users mistype. */
  private String typo(String name) {
    int dot = name.indexOf('.');
    int i = r.nextInt(Math.max(1, dot < 1 ? name.length() : dot));
    return r.nextBoolean() ? name.substring(0, i) + name.charAt(i) + name.substring(i)
        : name.substring(0, i) + name.substring(Math.min(name.length(), i + 1));
  }

  private void ptr(World w, long now) {
    List<Host> all = w.network().hosts();
    Host t = all.get(r.nextInt(all.size()));
    int a = t.address();
    String name = (a & 0xff) + "." + (a >>> 8 & 0xff) + "." + (a >>> 16 & 0xff) + "."
        + (a >>> 24 & 0xff) + ".in-addr.arpa";
    if (r.nextDouble() < 0.8) {
      resolve(w, now, name, "PTR", "NOERROR", List.of(t.dnsName()), 1200, true);
    } else {
      // an address that holds no registered record (a DHCP client that never registered)
      resolve(w, now, name, "PTR", "NXDOMAIN", List.of(), 0, true);
    }
  }
}
