package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.SnmpExchange;
import io.wormbench.traffic.event.SshSession;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.util.List;

/** One event of every kind in time order, with awkward text (commas, quotes, tabs, bars). */
public final class SampleEvents {
  public static final long T0 = 1_700_000_000_000_000L;
  static final ConnId SMB = new ConnId(Ipv4.of(10, 0, 1, 10), 49152, Ipv4.of(10, 0, 1, 20), 445);
  static final ConnId DNS = new ConnId(Ipv4.of(10, 0, 1, 10), 53000, Ipv4.of(10, 0, 0, 2), 53);
  static final ConnId WEB = new ConnId(Ipv4.of(10, 0, 1, 10), 50000,
      Ipv4.of(203, 0, 113, 9), 80);
  static final ConnId KDC = new ConnId(Ipv4.of(10, 0, 1, 10), 50010, Ipv4.of(10, 0, 0, 2), 88);
  static final ConnId LDAP = new ConnId(Ipv4.of(10, 0, 1, 10), 50011, Ipv4.of(10, 0, 0, 2), 389);
  static final ConnId DHCP = new ConnId(Ipv4.of(10, 0, 1, 10), 68, Ipv4.of(10, 0, 0, 2), 67);
  static final ConnId NTP = new ConnId(Ipv4.of(10, 0, 1, 10), 123, Ipv4.of(10, 0, 0, 2), 123);
  static final ConnId SNMP = new ConnId(Ipv4.of(10, 0, 0, 9), 50012, Ipv4.of(10, 0, 3, 7), 161);
  static final ConnId SSH = new ConnId(Ipv4.of(10, 0, 1, 10), 50013,
      Ipv4.of(100, 64, 8, 1), 22);
  /** ICMP echo request: type 8 in the originator port, code 0 in the responder port. */
  static final ConnId PING = new ConnId(Ipv4.of(10, 0, 1, 10), 8, Ipv4.of(8, 8, 8, 8), 0);

  private SampleEvents() {}

  /** Every record type once, ts non-decreasing. */
  public static List<Event> all() {
    return List.of(
        new Connection(T0, "CdnsAAAAAAAAAAAAAA", DNS, Transport.UDP, "dns", 1_234, 40, 56, 1, 1,
            ConnState.SF),
        new DnsQuery(T0 + 100, "CdnsAAAAAAAAAAAAAA", DNS, "pool.example.net", "A", "NOERROR",
            List.of("198.51.100.7", "alias|with,bar")),
        new DnsQuery(T0 + 150, "CdnsAAAAAAAAAAAAAA", DNS, "_ldap._tcp.dc._msdcs.corp.example",
            "SRV", "NOERROR", List.of("dc01.corp.example"), 1_250, DnsQuery.CLASS_IN,
            List.of(600_000_000L), true, false, true, true),
        new DnsQuery(T0 + 160, "CdnsAAAAAAAAAAAAAA", DNS, "wpad.corp.example", "A", "NXDOMAIN",
            List.of(), 900, DnsQuery.CLASS_IN, List.of(), true, false, true, true),
        new DnsQuery(T0 + 170, "CdnsAAAAAAAAAAAAAA", DNS, "dead.example.org", "AAAA", "",
            List.of(), 0, DnsQuery.CLASS_IN, List.of(), false, false, true, false),
        new Connection(T0 + 1_000, "CwebAAAAAAAAAAAAAA", WEB, Transport.TCP, "http", 2_500_000,
            120, 530_000, 5, 380, ConnState.SF),
        new HttpTransaction(T0 + 2_000, "CwebAAAAAAAAAAAAAA", WEB, "GET", "203.0.113.9",
            "/a,b\"c\".exe", "Mozilla/5.0 (Windows NT 10.0; Win64)", 200,
            "application/x-dosexec", 529_000),
        new TlsHandshake(T0 + 3_000, "CtlsAAAAAAAAAAAAAA", WEB, "update.example.com",
            "TLSv12"),
        new Connection(T0 + 4_000, "CsmbAAAAAAAAAAAAAA", SMB, Transport.TCP, "smb", 0, 0, 0, 1,
            0, ConnState.S0),
        new NtlmAuth(T0 + 5_000, "CsmbAAAAAAAAAAAAAA", SMB, "CORP", "administrator", "WS-010",
            false),
        new NtlmAuth(T0 + 5_000, "CsmbAAAAAAAAAAAAAA", SMB, "", "guest\twith tab", "", true),
        new SmbTreeConnect(T0 + 6_000, "CsmbAAAAAAAAAAAAAA", SMB, "\\\\WS020\\ADMIN$", "DISK"),
        new SmbFileAccess(T0 + 7_000, "CsmbAAAAAAAAAAAAAA", SMB, SmbFileAccess.Action.WRITE,
            "\\\\WS020\\ADMIN$", "x7fq.exe", 73_802),
        new DceRpcCall(T0 + 8_000, "CsmbAAAAAAAAAAAAAA", SMB, "svcctl", "CreateServiceW"),
        new RdpConnect(T0 + 9_000, "CrdpAAAAAAAAAAAAAA",
            new ConnId(Ipv4.of(10, 0, 1, 10), 50001, Ipv4.of(10, 0, 2, 5), 3389), "admin",
            "Success"),
        new StratumMessage(T0 + 10_000, "CminAAAAAAAAAAAAAA",
            new ConnId(Ipv4.of(10, 0, 1, 10), 50002, Ipv4.of(198, 51, 100, 7), 3333), "login",
            "x@y.z", "XMRig/6.21.0", true),
        new StratumMessage(T0 + 10_000, "CminAAAAAAAAAAAAAA",
            new ConnId(Ipv4.of(10, 0, 1, 10), 50002, Ipv4.of(198, 51, 100, 7), 3333), "job", "",
            "", false),
        new Connection(T0 + 11_000, "CkrbAAAAAAAAAAAAAA", KDC, Transport.TCP, "krb_tcp", 4_000,
            1_600, 1_500, 4, 3, ConnState.SF, "ShADadFf", 0, 1_760, 1_620, true, true),
        new KerberosRequest(T0 + 11_100, "CkrbAAAAAAAAAAAAAA", KDC, "AS", "alice/CORP.EXAMPLE",
            "krbtgt/CORP.EXAMPLE", false, "KDC_ERR_PREAUTH_REQUIRED", 0, T0 + 36_000_000_000L,
            "", true, true),
        new KerberosRequest(T0 + 11_200, "CkrbAAAAAAAAAAAAAA", KDC, "TGS", "",
            "cifs/fs01.corp.example", true, "", 0, 0, "aes256-cts-hmac-sha1-96", true, false),
        new LdapMessage(T0 + 12_000, "CldpAAAAAAAAAAAAAA", LDAP, 1, 3, "bind SASL", "success", "",
            "", "GSS-SPNEGO"),
        new LdapSearch(T0 + 12_050, "CldpAAAAAAAAAAAAAA", LDAP, 3, "tree", "never",
            "DC=corp,DC=example", 2, "success", "", "(&(objectClass=user)(sAMAccountName=al*))",
            List.of("cn", "memberOf")),
        new LdapMessage(T0 + 12_100, "CldpAAAAAAAAAAAAAA", LDAP, 2, 0, "unbind", "", "", "", ""),
        new LdapSearch(T0 + 12_200, "CldpAAAAAAAAAAAAAA", LDAP, 4, "base", "never", "", 0,
            "no such object", "0000208D: NameErr, data 0", "(objectClass=*)", List.of()),
        new DhcpLease(T0 + 13_000, "CdhcAAAAAAAAAAAAAA", DHCP, "00:1a:2b:3c:4d:5e", "WS-010",
            "ws-010.corp.example", "corp.example", Ipv4.of(10, 0, 1, 10), Ipv4.of(10, 0, 1, 10),
            691_200_000_000L, "", "", List.of("REQUEST", "ACK"), 2_100),
        new DhcpLease(T0 + 13_100, "CdhcBAAAAAAAAAAAAA",
            new ConnId(0, 68, Ipv4.of(10, 0, 0, 2), 67), "00:1a:2b:3c:4d:5f", "", "", "", 0, 0,
            0, "", "address in use", List.of("INFORM", "NAK"), 0),
        new NtpMessage(T0 + 14_000, "CntpAAAAAAAAAAAAAA", NTP, 4, 3, 0, 64_000_000, 1, 0, 0, "",
            0, 0, 0, T0 + 13_900, 0),
        new NtpMessage(T0 + 14_100, "CntpAAAAAAAAAAAAAA", NTP, 4, 4, 2, 64_000_000, 1, 12_500,
            30_000, "10.0.0.1", T0 - 300_000_000L, T0 + 13_900, T0 + 14_050, T0 + 14_060, 0),
        new SnmpExchange(T0 + 15_000, "CsnmAAAAAAAAAAAAAA", SNMP, 3_000, "2c", "public", 2, 0,
            2, 0, "HP LaserJet, tab\there", T0 - 86_400_000_000L),
        new Connection(T0 + 16_000, "CsshAAAAAAAAAAAAAA", SSH, Transport.TCP, "ssh", 90_000_000,
            4_000, 6_000, 30, 28, ConnState.RSTO),
        new SshSession(T0 + 16_100, "CsshAAAAAAAAAAAAAA", SSH, 2, true, 1, "", "SSH-2.0-PuTTY_0.80",
            "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6", "aes256-gcm@openssh.com", "",
            "none", "curve25519-sha256", "ssh-ed25519", "9f:2c:aa:01"),
        new Connection(T0 + 17_000, "CicmAAAAAAAAAAAAAA", PING, Transport.ICMP, "", 20_000, 32,
            32, 1, 1, ConnState.OTH));
  }
}
