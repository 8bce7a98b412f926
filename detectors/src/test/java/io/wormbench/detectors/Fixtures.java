package io.wormbench.detectors;

import io.wormbench.traffic.alert.Alert;
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
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny event fixtures for detector tests: a builder that appends events in time order with
 * Zeek-like uids, and a runner that feeds them through a {@link DetectionEngine}.
 */
public final class Fixtures {
  /** 2026-01-05T00:00:00Z, a Monday. */
  public static final long T0 = 1_767_571_200L * Micros.SECOND;

  private final List<Event> events = new ArrayList<>();
  private int uids;

  /** An address 10.0.0.n, internal. */
  public static int in(int n) {
    return Ipv4.of(10, 0, n >> 8, n & 0xff);
  }

  /** An address 198.51.100.n style but outside documentation ranges: 93.184.n.7, external. */
  public static int ext(int n) {
    return Ipv4.of(93, 184, n & 0xff, 7);
  }

  /** Parameters from inline YAML, e.g. {@code "minFailures: 3"}. */
  public static SpecNode params(String yaml) {
    return SpecReader.read("test.yaml", yaml);
  }

  /** Events built so far. */
  public List<Event> events() {
    return events;
  }

  private String uid() {
    String s = Integer.toString(++uids, 36);
    return "C" + "00000000000000000".substring(s.length()) + s;
  }

  /** A connection with explicit shape. */
  public String conn(long ts, int orig, int resp, int port, String service, long duration,
      long origBytes, long respBytes, ConnState state) {
    String uid = uid();
    events.add(new Connection(ts, uid, new ConnId(orig, 49152 + uids % 10000, resp, port),
        port == 53 ? Transport.UDP : Transport.TCP, service, duration, origBytes, respBytes,
        origBytes > 0 ? 3 : 1, respBytes > 0 ? 3 : 0, state));
    return uid;
  }

  private ConnId id(int orig, int resp, int port) {
    return new ConnId(orig, 49152 + uids % 10000, resp, port);
  }

  /** One Kerberos AS exchange from {@code src} to the KDC {@code kdc}. */
  public Fixtures kerberos(long ts, int src, int kdc, String client, String error) {
    String uid = conn(ts, src, kdc, 88, "krb", 20_000, 300, 200, ConnState.SF);
    events.add(new io.wormbench.traffic.event.KerberosRequest(ts + 1000, uid, id(src, kdc, 88),
        "AS", client, "krbtgt/CORP.EXAMPLE", error.isEmpty(), error, 0, 0, "", true, true));
    return this;
  }

  /** One LDAP simple bind from {@code src} to {@code dc} with result {@code result}. */
  public Fixtures ldapBind(long ts, int src, int dc, String bindName, String result) {
    String uid = conn(ts, src, dc, 389, "ldap", 20_000, 300, 200, ConnState.SF);
    events.add(new io.wormbench.traffic.event.LdapMessage(ts + 1000, uid, id(src, dc, 389), 1,
        3, "bind simple", result, "", bindName, "REDACTED"));
    return this;
  }

  /** One SMB session with an NTLM logon. */
  public Fixtures ntlm(long ts, int src, int dst, String user, boolean success) {
    String uid = conn(ts, src, dst, 445, "smb", Micros.SECOND, 900, 600, ConnState.SF);
    events.add(new NtlmAuth(ts + 1000, uid, id(src, dst, 445), "CORP", user, "WS", success));
    return this;
  }

  /** One SMB session with an NTLM logon to a local account of the target, qualified by its host name. */
  public Fixtures ntlmLocal(long ts, int src, int dst, String host, String user,
      boolean success) {
    String uid = conn(ts, src, dst, 445, "smb", Micros.SECOND, 900, 600, ConnState.SF);
    events.add(new NtlmAuth(ts + 1000, uid, id(src, dst, 445), host, host + "\\" + user, "WS",
        success));
    return this;
  }

  /** An HTTP GET with its connection. */
  public Fixtures http(long ts, int client, int server, String host, String uri, String agent,
      String mime, long size) {
    String uid = conn(ts, client, server, 80, "http", Micros.SECOND, 300, size + 300,
        ConnState.SF);
    events.add(new HttpTransaction(ts + 1000, uid, id(client, server, 80), "GET", host, uri, agent,
        200, mime, size));
    return this;
  }

  /** A DNS query with its connection. */
  public Fixtures dns(long ts, int client, String query) {
    String uid = conn(ts, client, in(1), 53, "dns", 1000, 40, 80, ConnState.SF);
    events.add(new DnsQuery(ts + 100, uid, id(client, in(1), 53), query, "A", "NOERROR",
        List.of()));
    return this;
  }

  /** A TLS handshake with its connection. */
  public Fixtures tls(long ts, int client, int server, String sni) {
    String uid = conn(ts, client, server, 443, "ssl", Micros.SECOND, 2000, 5000, ConnState.SF);
    events.add(new TlsHandshake(ts + 1000, uid, id(client, server, 443), sni, "TLSv12"));
    return this;
  }

  /** A Stratum message on a fresh connection. */
  public Fixtures stratum(long ts, int miner, int pool, int port, String method, boolean fromOrig) {
    String uid = conn(ts, miner, pool, port, "stratum", Micros.MINUTE, 5000, 9000, ConnState.SF);
    events.add(new StratumMessage(ts + 1000, uid, id(miner, pool, port), method, "wallet", "",
        fromOrig));
    return this;
  }

  /** An RDP connection. */
  public Fixtures rdp(long ts, int src, int dst, String user) {
    return rdp(ts, src, dst, user, "Success");
  }

  /** An RDP connection with Zeek's {@code result} (encrypted, SSL_NOT_ALLOWED_BY_SERVER...). */
  public Fixtures rdp(long ts, int src, int dst, String user, String result) {
    String uid = conn(ts, src, dst, 3389, "rdp", 10 * Micros.MINUTE, 50_000, 500_000,
        ConnState.SF);
    events.add(new RdpConnect(ts + 1000, uid, id(src, dst, 3389), user, result));
    return this;
  }

  /** A file written over SMB to a share of {@code dst}. */
  public Fixtures smbWrite(long ts, int src, int dst, String share, String name, long size) {
    return smbWrite(ts, src, dst, share, name, size, "");
  }

  /** An admin-share write whose content Zeek sniffed as {@code mime} ("" when unknown). */
  public Fixtures smbWrite(long ts, int src, int dst, String share, String name, long size,
      String mime) {
    String uid = conn(ts, src, dst, 445, "smb", Micros.SECOND, size + 900, 600, ConnState.SF);
    String path = "\\\\HOST" + (dst & 0xff) + "\\" + share;
    events.add(new NtlmAuth(ts + 100, uid, id(src, dst, 445), "CORP", "admin", "WS", true));
    events.add(new SmbTreeConnect(ts + 200, uid, id(src, dst, 445), path, "DISK"));
    events.add(new SmbFileAccess(ts + 300, uid, id(src, dst, 445), SmbFileAccess.Action.WRITE,
        path, name, size, mime));
    return this;
  }

  /** A DCE/RPC call on a fresh connection. */
  public Fixtures rpc(long ts, int src, int dst, int port, String endpoint, String op) {
    String uid = conn(ts, src, dst, port, "dce_rpc", Micros.SECOND, 400, 300, ConnState.SF);
    events.add(new DceRpcCall(ts + 100, uid, id(src, dst, port), endpoint, op));
    return this;
  }

  /** Runs {@code detectors} over the events (sorted by time) and returns every alert. */
  public List<Alert> run(long learningEnd, Detector... detectors) {
    return runUntil(learningEnd, Long.MIN_VALUE, detectors);
  }

  /** Runs and finishes at {@code end} (or at the last event or learning end, if later). */
  public List<Alert> runUntil(long learningEnd, long end, Detector... detectors) {
    List<Alert> alerts = new ArrayList<>();
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(java.util.Comparator.comparingLong(Event::ts));
    DetectionEngine engine = new DetectionEngine(List.of(detectors), learningEnd, alerts::add);
    for (Event e : sorted) {
      engine.observe(e);
    }
    long last = sorted.isEmpty() ? learningEnd : sorted.get(sorted.size() - 1).ts();
    engine.finish(Math.max(end, Math.max(learningEnd, last)));
    return alerts;
  }

  /** Runs with no learning period. */
  public List<Alert> run(Detector... detectors) {
    return run(T0, detectors);
  }

  /** Alerts with score at or above {@code threshold}. */
  public static long countAtLeast(List<Alert> alerts, double threshold) {
    return alerts.stream().filter(a -> a.score() >= threshold).count();
  }
}
