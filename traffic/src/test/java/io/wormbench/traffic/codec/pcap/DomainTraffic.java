package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.write.DnsWire;
import io.wormbench.traffic.codec.pcap.write.KerberosWire;
import io.wormbench.traffic.codec.pcap.write.LdapWire;
import io.wormbench.traffic.codec.pcap.write.NtpWire;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.SnmpExchange;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.SshSession;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random Windows-domain traffic for the writer and reader tests: Kerberos over TCP and UDP,
 * LDAP binds and searches and CLDAP pings, NTP client/server pairs and SSH sessions, each
 * record as Zeek would log it (so the pcap round trip can give it back exactly) and at the
 * wire's resolutions (whole-second Kerberos times, power-of-two NTP poll, 16.16 root delay).
 * TCP connections carry no byte budget (the writer sends exactly the payloads); UDP ones carry
 * exactly what the records render.
 */
final class DomainTraffic {
  static final int DC = Ipv4.of(10, 0, 0, 2);
  private final SplittableRandom rnd;
  private final List<Event> out = new ArrayList<>();
  private long clock = 1_700_000_000_000_000L;
  private int port = 50000;
  private int uids;

  private DomainTraffic(long seed) {
    rnd = new SplittableRandom(seed);
  }

  static List<Event> generate(long seed, int sessions) {
    DomainTraffic g = new DomainTraffic(seed);
    for (int i = 0; i < sessions; i++) {
      g.session();
    }
    g.out.sort(Comparator.comparingLong(Event::ts));
    return g.out;
  }

  private void session() {
    clock += rnd.nextLong(1, 2_000_000);
    switch (rnd.nextInt(10)) {
      case 9 -> icmp();
      case 6 -> dns();
      case 7 -> dhcp();
      case 8 -> snmp();
      case 0 -> kerberos(true);
      case 1 -> kerberos(false);
      case 2 -> ldap();
      case 3 -> cldap();
      case 4 -> ntp();
      default -> ssh();
    }
  }

  private String uid() {
    return String.format("CDOM%014d", uids++);
  }

  private int client() {
    return Ipv4.of(10, 0, rnd.nextInt(1, 4), rnd.nextInt(10, 250));
  }

  private String user() {
    String[] u = {"alice", "bob", "svc_backup", "WS-017$", "administrator"};
    return u[rnd.nextInt(u.length)];
  }

  private Connection tcp(ConnId id, String uid, String service, long duration) {
    return new Connection(clock, uid, id, Transport.TCP, service, duration, 0, 0, 0, 0,
        ConnState.SF);
  }

  private void kerberos(boolean tcp) {
    ConnId id = new ConnId(client(), port++, DC, 88);
    String uid = uid();
    String realm = "CORP.EXAMPLE";
    String user = user();
    List<KerberosRequest> recs = new ArrayList<>();
    long t = tcp ? clock + 1_000 : clock; // a UDP flow starts with its first datagram
    long till = (clock / 1_000_000 + 36_000) * 1_000_000;
    int kind = rnd.nextInt(5);
    if (kind == 0) {
      recs.add(new KerberosRequest(t, uid, id, "AS", user + "/" + realm, "krbtgt/" + realm,
          false, "KDC_ERR_PREAUTH_REQUIRED", 0, till, "", true, true));
    } else if (kind == 1) {
      recs.add(new KerberosRequest(t, uid, id, "AS", user + "/" + realm, "krbtgt/" + realm,
          true, "", 0, till, "aes256-cts-hmac-sha1-96", true, true));
    } else if (kind == 2) {
      recs.add(new KerberosRequest(t, uid, id, "AS", "nosuchuser/" + realm, "krbtgt/" + realm,
          false, rnd.nextBoolean() ? "KDC_ERR_C_PRINCIPAL_UNKNOWN" : "KDC_ERR_PREAUTH_FAILED",
          0, till, "", true, false));
    } else {
      String[] svc = {"cifs/fs01.corp.example", "ldap/dc01.corp.example", "HTTP/intranet.corp.example",
          "MSSQLSvc/db01.corp.example:1433"};
      recs.add(new KerberosRequest(t, uid, id, "TGS", user + "/" + realm, svc[rnd.nextInt(4)],
          true, "", 0, till, rnd.nextBoolean() ? "aes256-cts-hmac-sha1-96" : "rc4-hmac", true,
          false));
    }
    if (tcp) {
      out.add(tcp(id, uid, "krb_tcp", 3_000));
    } else {
      long ob = 0;
      long rb = 0;
      for (KerberosRequest k : recs) {
        long seed = uid.hashCode() * 31L + k.ts();
        ob += KerberosWire.request(k, false, seed).length;
        rb += KerberosWire.reply(k, false, seed).length;
      }
      out.add(new Connection(clock, uid, id, Transport.UDP, "krb", t - clock, ob, rb,
          recs.size(), recs.size(), ConnState.SF));
    }
    out.addAll(recs);
  }

  private void ldap() {
    ConnId id = new ConnId(client(), port++, DC, 389);
    String uid = uid();
    long t = clock + 500;
    boolean ok = rnd.nextInt(4) > 0;
    out.add(tcp(id, uid, "ldap", 50_000));
    boolean sasl = rnd.nextBoolean();
    out.add(new LdapMessage(t, uid, id, 1, 3, sasl ? "bind SASL" : "bind simple",
        ok ? "success" : "invalid credentials", ok ? "" : "80090308: LdapErr: DSID-0C09044E",
        "CN=" + user() + ",CN=Users,DC=corp,DC=example", sasl ? "GSS-SPNEGO" : "REDACTED"));
    if (ok) {
      out.add(new LdapSearch(t + 2_000, uid, id, 2, "tree", "never", "DC=corp,DC=example",
          rnd.nextInt(0, 4), "success", "", "(&(objectClass=user)(sAMAccountName=" + user()
          + "*))", List.of("cn", "memberOf")));
      out.add(new LdapSearch(t + 4_000, uid, id, 3, "base", "never", "", 0, "no such object",
          "0000208D: NameErr", "(|(objectClass=*)(cn>=m)(!(cn=x\\2ay)))", List.of()));
    }
    out.add(new LdapMessage(t + 6_000, uid, id, ok ? 4 : 2, 0, "unbind", "", "", "", ""));
  }

  private void cldap() {
    ConnId id = new ConnId(client(), port++, DC, 389);
    String uid = uid();
    LdapSearch s = new LdapSearch(clock, uid, id, rnd.nextInt(1, 200), "base", "never",
        "", 1, "success", "", "(&(DnsDomain=corp.example)(Host=WS-0" + rnd.nextInt(10, 99)
        + ")(NtVer=\\06\\00\\00\\00))", List.of("Netlogon"));
    long ob = LdapWire.searchRequest(s).length;
    long rb = LdapWire.searchEntry(s, 0).length + LdapWire.searchDone(s).length;
    out.add(new Connection(clock, uid, id, Transport.UDP, "ldap", 0, ob, rb, 1, 2,
        ConnState.SF));
    out.add(s);
  }

  private void ntp() {
    ConnId id = new ConnId(client(), port++, DC, 123); // distinct tuples: no flow reuse
    String uid = uid();
    long t = clock;
    long rtt = rnd.nextLong(100, 900);
    NtpMessage req = new NtpMessage(t, uid, id, 3, 3, 0, 1_024_000_000, 0, 0, 0, "", 0, 0, 0,
        t, 0);
    NtpMessage resp = new NtpMessage(t + rtt, uid, id, 3, 4, 3, 1_024_000_000, 1, 15_625,
        31_250, "10.0.0.1", t - 600_000_000, t, t + rtt / 2, t + rtt / 2 + 20, 0);
    long n = NtpWire.packet(req).length;
    out.add(new Connection(clock, uid, id, Transport.UDP, "ntp", t + rtt - clock, n, n, 1, 1,
        ConnState.SF));
    out.add(req);
    out.add(resp);
  }

  /** One Windows resolver query: DC locator SRV, PTR, AAAA, a search-suffix miss, or silence. */
  private void dns() {
    ConnId id = new ConnId(client(), port++, DC, 53);
    String uid = uid();
    int kind = rnd.nextInt(5);
    long rtt = kind == 4 ? 0 : rnd.nextLong(150, 3_000);
    DnsQuery q = switch (kind) {
      case 0 -> new DnsQuery(clock, uid, id, "_ldap._tcp.dc._msdcs.corp.example", "SRV",
          "NOERROR", List.of("dc01.corp.example", "dc02.corp.example"), rtt, DnsQuery.CLASS_IN,
          List.of(600_000_000L, 600_000_000L), true, false, true, true);
      case 1 -> new DnsQuery(clock, uid, id, "20.1.0.10.in-addr.arpa", "PTR", "NOERROR",
          List.of("ws-020.corp.example"), rtt, DnsQuery.CLASS_IN, List.of(1_200_000_000L), true,
          false, true, true);
      case 2 -> new DnsQuery(clock, uid, id, "www.example.org", "AAAA", "NOERROR",
          List.of("2001:db8::1", "2001:db8:0:1::a:b"), rtt, DnsQuery.CLASS_IN,
          List.of(3_600_000_000L, 3_600_000_000L), false, false, true, true);
      case 3 -> new DnsQuery(clock, uid, id, "fileserver.corp.example.corp.example", "A",
          "NXDOMAIN", List.of(), rtt, DnsQuery.CLASS_IN, List.of(), true, false, true, true);
      default -> new DnsQuery(clock, uid, id, "dead.example.net", "A", "", List.of(), 0,
          DnsQuery.CLASS_IN, List.of(), false, false, true, false);
    };
    long ob = DnsWire.query(0, q, 0).length;
    long rb = kind == 4 ? 0 : DnsWire.response(0, q, 0).length;
    out.add(new Connection(clock, uid, id, Transport.UDP, "dns", rtt, ob, rb, 1,
        kind == 4 ? 0 : 1, kind == 4 ? ConnState.S0 : ConnState.SF));
    out.add(q);
  }

  /** A renewal (unicast REQUEST/ACK) or an INFORM answered without an address. */
  private void dhcp() {
    int ip = client();
    ConnId conn = new ConnId(ip, 68, DC, 67);
    String uid = uid();
    boolean renewal = rnd.nextInt(3) > 0;
    long duration = rnd.nextLong(300, 5_000);
    String mac = String.format("00:15:5d:%02x:%02x:%02x", rnd.nextInt(256), rnd.nextInt(256),
        rnd.nextInt(256));
    String host = "WS-" + rnd.nextInt(100, 999);
    DhcpLease l = renewal
        ? new DhcpLease(clock, uid, conn, mac, host, host.toLowerCase() + ".corp.example",
            "corp.example", 0, ip, 691_200_000_000L, "", "", List.of("REQUEST", "ACK"), duration)
        : new DhcpLease(clock, uid, new ConnId(ip, 68, 0, 67), mac, host, "", "", 0, 0, 0, "",
            "", List.of("INFORM", "ACK"), duration);
    int xid = (int) (uid.hashCode() * 31L + clock);
    long ob = io.wormbench.traffic.codec.pcap.write.DhcpWire.message(l, l.msgTypes().get(0), xid,
        ip, DC).length;
    long rb = io.wormbench.traffic.codec.pcap.write.DhcpWire.message(l, "ACK", xid, ip, DC).length;
    out.add(new Connection(clock, uid, conn, Transport.UDP, "dhcp", duration, ob, rb, 1, 1,
        ConnState.SF));
    out.add(l);
  }

  /** A print server polling a printer: sysDescr and sysUpTime, then interface counters. */
  private void snmp() {
    ConnId id = new ConnId(Ipv4.of(10, 0, 0, 9), port++, Ipv4.of(10, 0, 7, rnd.nextInt(2, 60)),
        161);
    String uid = uid();
    int gets = rnd.nextInt(2, 6);
    long duration = (2L * gets - 1) * 10_000 * rnd.nextInt(1, 20);
    SnmpExchange s = new SnmpExchange(clock, uid, id, duration, rnd.nextBoolean() ? "2c" : "1",
        "public", gets, 0, gets, 0, "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT",
        clock - rnd.nextLong(1, 10_000_000) * 10_000);
    long ob = 0;
    long rb = 0;
    for (var m : io.wormbench.traffic.codec.pcap.write.SnmpWire.messages(s, uid.hashCode() * 31L
        + clock)) {
      if (m.fromOrig()) {
        ob += m.bytes().length;
      } else {
        rb += m.bytes().length;
      }
    }
    out.add(new Connection(clock, uid, id, Transport.UDP, "snmp", duration, ob, rb, gets, gets,
        ConnState.SF));
    out.add(s);
  }

  /** Pings answered (type 8 and 0) or a port unreachable (type 3, code 3) from a host. */
  private void icmp() {
    String uid = uid();
    if (rnd.nextBoolean()) {
      int n = rnd.nextInt(1, 5);
      // a fresh pair each time: Zeek, like the reader, merges pings of one pair into one flow
      ConnId id = new ConnId(client(), 8, Ipv4.of(10, 9, port / 250 % 250, port++ % 250 + 1), 0);
      out.add(new Connection(clock, uid, id, Transport.ICMP, "", 0, 32L * n, 32L * n, n, n,
          ConnState.OTH));
    } else {
      ConnId id = new ConnId(Ipv4.of(10, 8, port / 250 % 250, port++ % 250 + 1), 3, client(), 3);
      out.add(new Connection(clock, uid, id, Transport.ICMP, "", 0, 28 + 50, 0, 1, 0,
          ConnState.OTH));
    }
  }

  private void ssh() {
    ConnId id = new ConnId(client(), port++, Ipv4.of(10, 0, 5, rnd.nextInt(2, 20)), 22);
    String uid = uid();
    out.add(tcp(id, uid, "ssh", 20_000_000));
    String[] clients = {"SSH-2.0-OpenSSH_for_Windows_8.1", "SSH-2.0-PuTTY_Release_0.80",
        "SSH-2.0-OpenSSH_9.6"};
    out.add(new SshSession(clock + 300, uid, id, 2, false, 0, "", clients[rnd.nextInt(3)],
        "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6", "chacha20-poly1305@openssh.com",
        "umac-64-etm@openssh.com", "none", "curve25519-sha256", "ssh-ed25519", ""));
  }
}
