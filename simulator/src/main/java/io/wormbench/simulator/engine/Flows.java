package io.wormbench.simulator.engine;

import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import java.util.SplittableRandom;

/**
 * Renders application exchanges as the records Zeek would log for them (conn.log plus dns,
 * ssl, http, ntlm, smb_mapping, smb_files, rdp and dce_rpc logs): a Connection at the first
 * packet carrying the session's final duration, bytes and state, then its protocol records at
 * or after that time with the same uid. Every method returns the uid, or the empty string when
 * a quarantine cut the traffic and nothing was emitted.
 */
public final class Flows {
  /** The payload MIME type Zeek sniffs for an MZ (Windows PE) body. */
  public static final String DOSEXEC = "application/x-dosexec";

  /** A file name of a Windows PE image, whose content starts with MZ. */
  static boolean isPe(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".exe") || n.endsWith(".dll") || n.endsWith(".sys") || n.endsWith(".scr");
  }
  private static final long MS = 1000;

  private Flows() {}

  /**
   * A DNS A lookup from {@code client} to its resolver answered with {@code answer}, with the
   * RTT and TTL a DC resolver gives: authoritative and quick for the internal zone, cached or
   * forwarded for the internet. (AAAA queries, misses and lost queries come from the domain
   * background, so the uid returned here is the lookup's only connection.)
   */
  public static String dns(World w, Host client, long ts, String name, int answer,
      SplittableRandom r) {
    Host resolver = w.network().resolver(client);
    if (w.blocked(client.address(), resolver.address(), ts)) {
      return "";
    }
    boolean internal = w.network().internal(answer);
    // one draw, as before RTTs and TTLs existed, so callers' streams (the attack's too) stay
    // where they were: 7 in 10 internet names come from the resolver's cache
    int x = r.nextInt(20_000);
    int u = x / 10;
    long rtt = internal || x % 10 < 7 ? 200 + u % 1_500
        : 3_000 + (long) (-Math.log(1 - u / 2_000.0) * 30_000);
    long ttl = internal ? 1_200 * 1_000_000L : TTLS[x % 13 % TTLS.length];
    return io.wormbench.simulator.benign.domain.DomainDns.query(w, client,
        client.ephemeralPort(), resolver.address(), 53, ts, name, "A", "NOERROR",
        w.dnsAnswer(answer), rtt, ttl, internal);
  }

  /** TTLs of cached internet answers, microseconds. */
  private static final long[] TTLS = {20_000_000L, 60_000_000L, 300_000_000L, 300_000_000L,
      1_800_000_000L, 3_600_000_000L};

  /** An HTTPS session with SNI {@code sni}. */
  public static String tls(World w, int orig, int origPort, int resp, int port, long ts,
      String sni, long duration, long origBytes, long respBytes) {
    if (w.blocked(orig, resp, ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(orig, origPort, resp, port);
    w.emit(new WireBudget().tlsHello(sni).connection(ts, uid, id, "ssl", duration, origBytes,
        respBytes, packets(origBytes), packets(respBytes), ConnState.SF));
    w.emit(new TlsHandshake(ts + Math.min(duration, 2 * MS), uid, id, sni, "TLSv12"));
    return uid;
  }

  /** A plain HTTP GET with one response. */
  public static String http(World w, int orig, int origPort, int resp, int port, long ts,
      String host, String uri, String userAgent, String mime, long bodyLen, long duration) {
    return http(w, orig, origPort, resp, port, ts, host, uri, userAgent, mime, bodyLen, duration,
        120 + host.length() + uri.length() + userAgent.length(), bodyLen + 240);
  }

  /**
   * A plain HTTP GET with one response and the given wire sizes of request and response
   * (raised to what the messages need).
   */
  public static String http(World w, int orig, int origPort, int resp, int port, long ts,
      String host, String uri, String userAgent, String mime, long bodyLen, long duration,
      long reqBytes, long respBytes) {
    if (w.blocked(orig, resp, ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(orig, origPort, resp, port);
    w.emit(new WireBudget().httpGet(host, uri, userAgent, mime, bodyLen).connection(ts, uid, id,
        "http", duration, reqBytes, respBytes, packets(reqBytes), packets(respBytes),
        ConnState.SF));
    w.emit(new HttpTransaction(ts + Math.min(duration, 3 * MS), uid, id, "GET", host, uri,
        userAgent, 200, mime, bodyLen));
    return uid;
  }

  /** A bare TCP connection with no application data (scans, refused or unanswered probes). */
  public static String probe(World w, int orig, int origPort, int resp, int port, long ts,
      ConnState state, String service, long duration, long origBytes, long respBytes) {
    if (w.blocked(orig, resp, ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(orig, origPort, resp, port);
    long op = state == ConnState.S0 ? 2 : packets(origBytes) + 1;
    long rp = state == ConnState.S0 ? 0 : state == ConnState.REJ ? 1 : packets(respBytes) + 1;
    w.emit(new Connection(ts, uid, id, Transport.TCP, service, duration, origBytes, respBytes, op,
        rp, state));
    return uid;
  }

  /**
   * An SMB session on 445: NTLM logon, and when it succeeds and {@code share} is not empty a
   * tree connect to {@code \\HOST\share} and, when {@code file} is not empty, one file action.
   */
  public static String smb(World w, Host src, Host dst, long ts, String domain, String user,
      boolean success, String share, SmbFileAccess.Action action, String file, long size) {
    return smb(w, src, dst.address(), dst.name(), ts, domain, user, success, share, action, file,
        size);
  }

  /** As {@link #smb(World, Host, Host, long, String, String, boolean, String,
   * SmbFileAccess.Action, String, long)} to any address, internal or external. */
  public static String smb(World w, Host src, int dstAddress, String dstName, long ts,
      String domain, String user, boolean success, String share, SmbFileAccess.Action action,
      String file, long size) {
    if (w.blocked(src.address(), dstAddress, ts)) {
      return "";
    }
    String uid = w.uid();
    // domain accounts on domain members log on with a cifs/ Kerberos ticket (the domain
    // background's share); failed and local-account logons, and the rest, are NTLM
    boolean kerberos = success && w.domain().kerberosSmb(w, src, dstAddress, domain, uid);
    if (kerberos) {
      w.domain().serviceTicket(w, src, user, "cifs/" + w.network().host(dstAddress).dnsName(),
          ts);
      ts += 3 * MS;
    }
    ConnId id = new ConnId(src.address(), src.ephemeralPort(), dstAddress, 445);
    long dur = success ? 40 * MS + size / 20 : 3 * MS;
    long ob = 1_100 + (action == SmbFileAccess.Action.WRITE ? size : 300);
    long rb = 700 + (action == SmbFileAccess.Action.READ ? size : 300);
    String path = "\\\\" + dstName + "\\" + share;
    WireBudget need = new WireBudget().smbLogon(domain, user, src.name());
    if (success && !share.isEmpty()) {
      need.smbTree(path);
      if (!file.isEmpty()) {
        need.smbFile(action, file, size);
      }
    }
    w.emit(need.connection(ts, uid, id, "smb", dur, ob, rb, packets(ob), packets(rb),
        ConnState.SF));
    if (!kerberos) {
      w.emit(new NtlmAuth(ts + MS, uid, id, domain, user, src.name(), success));
    }
    if (success && !share.isEmpty()) {
      w.emit(new SmbTreeConnect(ts + 2 * MS, uid, id, path,
          share.equals("IPC$") ? "PIPE" : "DISK"));
      if (!file.isEmpty()) {
        w.emit(new SmbFileAccess(ts + 3 * MS, uid, id, action, path, file, size,
            action == SmbFileAccess.Action.WRITE && isPe(file) ? DOSEXEC : ""));
      }
    }
    return uid;
  }

  /**
   * Remote service start as PsExec and Impacket do it: an authenticated SMB session to IPC$,
   * then svcctl over the {@code \pipe\svcctl} named pipe (OpenSCManagerW, CreateServiceW,
   * StartServiceW; MS-SCMR).
   */
  public static String svcctl(World w, Host src, Host dst, long ts, String domain, String user) {
    if (w.blocked(src.address(), dst.address(), ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(src.address(), src.ephemeralPort(), dst.address(), 445);
    String ipc = "\\\\" + dst.name() + "\\IPC$";
    WireBudget need = new WireBudget().smbLogon(domain, user, src.name()).smbTree(ipc)
        .smbPipeBind("svcctl").svcctlCalls(true);
    w.emit(need.connection(ts, uid, id, "smb", 60 * MS, 2_400, 1_600, 14, 12, ConnState.SF));
    w.emit(new NtlmAuth(ts + MS, uid, id, domain, user, src.name(), true));
    w.emit(new SmbTreeConnect(ts + 2 * MS, uid, id, ipc, "PIPE"));
    w.emit(new DceRpcCall(ts + 3 * MS, uid, id, "svcctl", "OpenSCManagerW"));
    w.emit(new DceRpcCall(ts + 4 * MS, uid, id, "svcctl", "CreateServiceW"));
    w.emit(new DceRpcCall(ts + 5 * MS, uid, id, "svcctl", "StartServiceW"));
    return uid;
  }

  /**
   * Remote service start over plain DCE/RPC: the endpoint mapper on 135 (ept_map) names a
   * dynamic port, then an NTLM-authenticated svcctl bind there (OpenSCManagerW, CreateServiceW,
   * StartServiceW). Returns the uid of the svcctl connection, or "" when cut.
   */
  public static String svcctlOverTcp(World w, Host src, Host dst, long ts, String domain,
      String user, int dynamicPort, java.util.function.Consumer<String> epmUid) {
    if (w.blocked(src.address(), dst.address(), ts)) {
      return "";
    }
    String epm = w.uid();
    ConnId e = new ConnId(src.address(), src.ephemeralPort(), dst.address(), 135);
    w.emit(new WireBudget().dceBind(135).eptMap().connection(ts, epm, e, "dce_rpc", 8 * MS, 220,
        180, 5, 4, ConnState.SF));
    w.emit(new DceRpcCall(ts + MS, epm, e, "epmapper", "ept_map"));
    epmUid.accept(epm);
    long t = ts + 10 * MS;
    String uid = w.uid();
    ConnId id = new ConnId(src.address(), src.ephemeralPort(), dst.address(), dynamicPort);
    // the NTLM logon is rendered as an SMB2 session setup ahead of the bind, as the writer does
    WireBudget need = new WireBudget().smbLogon(domain, user, src.name()).dceBind(dynamicPort)
        .svcctlCalls(false);
    w.emit(need.connection(t, uid, id, "dce_rpc", 50 * MS, 1_900, 1_200, 10, 9, ConnState.SF));
    w.emit(new NtlmAuth(t + MS, uid, id, domain, user, src.name(), true));
    w.emit(new DceRpcCall(t + 2 * MS, uid, id, "svcctl", "OpenSCManagerW"));
    w.emit(new DceRpcCall(t + 3 * MS, uid, id, "svcctl", "CreateServiceW"));
    w.emit(new DceRpcCall(t + 4 * MS, uid, id, "svcctl", "StartServiceW"));
    return uid;
  }

  /** An RDP session; {@code cookie} is the user in the X.224 routing cookie. */
  public static String rdp(World w, Host src, Host dst, long ts, String cookie, long duration,
      long origBytes, long respBytes) {
    if (w.blocked(src.address(), dst.address(), ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(src.address(), src.ephemeralPort(), dst.address(), 3389);
    w.emit(new WireBudget().rdpConnect(cookie).connection(ts, uid, id, "rdp", duration,
        origBytes, respBytes, packets(origBytes), packets(respBytes), ConnState.SF));
    w.emit(new RdpConnect(ts + MS, uid, id, cookie, "Success"));
    return uid;
  }

  /** A rough TCP segment count for a payload: one per 1,400 bytes plus handshake and acks. */
  public static long packets(long bytes) {
    return 3 + bytes / 1_400;
  }
}
