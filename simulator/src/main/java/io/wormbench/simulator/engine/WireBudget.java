package io.wormbench.simulator.engine;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.Transport;

/**
 * The least bytes and packets each side of a TCP session needs on the wire for the protocol
 * records the simulator attaches to it, so that a Connection's figures are never below what a
 * packet rendering of its records (the pcap writer) or a real stack would send: SYN and
 * SYN-ACK, one or more MSS-sized segments per application message (MS-SMB2 / MS-NLMP session
 * setup, DCE/RPC C706 PDUs, TLS records, HTTP heads, RDP X.224), filler data segmented at the
 * MSS, and the FIN or RST the conn_state implies (RFC 793). Message sizes are upper bounds of
 * the encodings (strings counted in UTF-16 where SMB carries them so), so a floor may exceed
 * the exact need by a few bytes but is never below it.
 */
public final class WireBudget {
  /** Ethernet MTU 1500 less 20 bytes of IPv4 and 20 of TCP header. */
  public static final int MSS = 1460;
  private static final int SMB_MAX_IO = 8 << 20;
  private static final int SMB_READ_CHUNK = 1 << 16;
  private static final long FILL_CHUNK = 1L << 30;
  /** The pcap writer's longest silence in a session (2 min, under Zeek's 5 min timeout). */
  private static final long KEEPALIVE = 120_000_000L;
  /** How far the message sizes below may exceed the encodings' exact lengths, per side. */
  private static final long SLACK = 128;
  private long origBytes;
  private long respBytes;
  private long origSegs;
  private long respSegs;

  /** One application message of {@code len} bytes from the originator. */
  public WireBudget orig(long len) {
    origBytes += len;
    origSegs += segments(len);
    return this;
  }

  /** One application message of {@code len} bytes from the responder. */
  public WireBudget resp(long len) {
    respBytes += len;
    respSegs += segments(len);
    return this;
  }

  /** A run of {@code n} filler bytes, streamed in writes of at most 1 GiB. */
  WireBudget zeros(boolean fromOrig, long n) {
    for (; n > 0; n -= FILL_CHUNK) {
      long k = Math.min(n, FILL_CHUNK);
      if (fromOrig) {
        orig(k);
      } else {
        resp(k);
      }
    }
    return this;
  }

  /** Payload bytes the originator's messages need. */
  public long origBytes() {
    return origBytes;
  }

  /** Payload bytes the responder's messages need. */
  public long respBytes() {
    return respBytes;
  }

  /**
   * A Connection carrying at least the wanted figures and never less than the messages need:
   * bytes are raised to the payload total, packets to handshake + message segments + the
   * segments of any filler bytes beyond the messages + the closing FIN/RST of {@code state}.
   */
  public Connection connection(long ts, String uid, ConnId id, String service, long duration,
      long wantOrigBytes, long wantRespBytes, long wantOrigPkts, long wantRespPkts,
      ConnState state) {
    long ob = Math.max(wantOrigBytes, origBytes);
    long rb = Math.max(wantRespBytes, respBytes);
    int oTail = switch (state) {
      case SF, S2, RSTO -> 1;
      default -> 0;
    };
    int rTail = switch (state) {
      case SF, S3, RSTR -> 1;
      default -> 0;
    };
    // the sizes are upper bounds, so the real filler may be up to SLACK bytes longer than
    // the one computed here and need one more segment
    // plus one pure ACK per keep-alive interval, which a renderer spends on silences that a
    // reader's 5 min inactivity timeout would otherwise cut the session at
    long keepalive = duration > KEEPALIVE ? duration / KEEPALIVE + 1 : 0;
    long op = Math.max(wantOrigPkts,
        1 + origSegs + fillSegments(ob - origBytes + SLACK) + oTail + keepalive);
    long rp = Math.max(wantRespPkts, 1 + respSegs + fillSegments(rb - respBytes + SLACK) + rTail);
    return new Connection(ts, uid, id, Transport.TCP, service, duration, ob, rb, op, rp, state);
  }

  private static long fillSegments(long n) {
    return n / FILL_CHUNK * ceil(FILL_CHUNK) + ceil(n % FILL_CHUNK);
  }

  private static long segments(long len) {
    return Math.max(1, ceil(len));
  }

  private static long ceil(long len) {
    return (len + MSS - 1) / MSS;
  }

  // ---- session shapes, one per protocol dialogue the simulator emits ----

  /** SMB2 NEGOTIATE and the NTLMSSP three-message SESSION_SETUP (MS-SMB2 3.2.4.2, MS-NLMP). */
  public WireBudget smbLogon(String domain, String user, String workstation) {
    orig(108).resp(162);
    orig(166).resp(210 + 4L * domain.length());
    orig(270 + 2L * (domain.length() + user.length() + workstation.length())).resp(85);
    return this;
  }

  /** SMB2 TREE_CONNECT to {@code path}. */
  public WireBudget smbTree(String path) {
    return orig(76 + 2L * path.length()).resp(84);
  }

  /** SMB2 CREATE, the WRITE (8 MiB requests) or READ (64 KiB responses) of {@code size}, CLOSE. */
  public WireBudget smbFile(SmbFileAccess.Action action, String name, long size) {
    orig(126 + 2L * name.length()).resp(156);
    if (action == SmbFileAccess.Action.WRITE || action == SmbFileAccess.Action.READ) {
      boolean write = action == SmbFileAccess.Action.WRITE;
      long off = 0;
      do {
        long n = Math.min(size - off, write ? SMB_MAX_IO : SMB_READ_CHUNK);
        // only the first chunk carries content bytes in the message (the PE header, at most
        // 16); the rest is sent as a separate zero run, as the writer streams it
        long head = off == 0 ? Math.min(n, 16) : 0;
        if (write) {
          orig(116 + head).zeros(true, n - head).resp(84);
        } else {
          orig(117).resp(84 + head).zeros(false, n - head);
        }
        off += n;
      } while (off < size);
    }
    return orig(92).resp(128);
  }

  /** Named-pipe CREATE of {@code endpoint} and the DCE/RPC bind carried by WRITE and READ. */
  public WireBudget smbPipeBind(String endpoint) {
    orig(126 + 2L * endpoint.length()).resp(156);
    return smbTransact(72, 60 + 6 + endpoint.length());
  }

  /** One DCE/RPC request/response carried as SMB2 WRITE + READ on an open pipe. */
  public WireBudget smbTransact(long request, long response) {
    return orig(116 + request).resp(84).orig(117).resp(84 + response);
  }

  /** svcctl OpenSCManagerW, CreateServiceW, StartServiceW (MS-SCMR) on a bound context. */
  public WireBudget svcctlCalls(boolean overSmb) {
    long[][] ops = {{68, 48}, {196, 52}, {52, 28}};
    for (long[] op : ops) {
      if (overSmb) {
        smbTransact(op[0], op[1]);
      } else {
        orig(op[0]).resp(op[1]);
      }
    }
    return this;
  }

  /** A DCE/RPC bind and bind_ack over TCP naming {@code port} as secondary address. */
  public WireBudget dceBind(int port) {
    return orig(72).resp(60 + String.valueOf(port).length());
  }

  /** The endpoint mapper's ept_map request and response. */
  public WireBudget eptMap() {
    return orig(56).resp(64);
  }

  /** TLS ClientHello with SNI and ServerHello records (RFC 8446 4.1.2, RFC 6066 3). */
  public WireBudget tlsHello(String sni) {
    return orig(sni.isEmpty() ? 113 : 122 + sni.length()).resp(86);
  }

  /** An HTTP/1.1 GET and a 200 response head, first body bytes, and the rest of the body. */
  public WireBudget httpGet(String host, String uri, String userAgent, String mime, long body) {
    orig(52 + host.length() + Math.max(1, uri.length()) + userAgent.length());
    resp(53 + mime.length() + String.valueOf(body).length());
    long head = Math.min(body, 64);
    resp(head);
    return zeros(false, body - head);
  }

  /** The X.224 Connection Request with a routing cookie and its Connection Confirm. */
  public WireBudget rdpConnect(String cookie) {
    return orig(cookie.isEmpty() ? 19 : 38 + cookie.length()).resp(19);
  }
}
