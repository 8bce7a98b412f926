package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
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
        new Connection(T0 + 17_000, "CicmAAAAAAAAAAAAAA", PING, Transport.ICMP, "", 20_000, 32,
            32, 1, 1, ConnState.OTH));
  }
}
