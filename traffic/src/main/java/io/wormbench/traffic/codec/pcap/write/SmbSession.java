package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.proto.DceRpcNames;
import io.wormbench.traffic.codec.pcap.proto.Mime;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.net.Ipv4;
import java.util.HashMap;
import java.util.Map;

/**
 * SMB2 dialogue of one connection: NEGOTIATE once, SESSION_SETUP as NTLMSSP NEGOTIATE /
 * CHALLENGE / AUTHENTICATE with the recorded status, TREE_CONNECT, CREATE + WRITE/READ + CLOSE
 * for file records, and named-pipe CREATE + WRITE/READ carrying DCE/RPC bind and request PDUs
 * for remote service control ([MS-SMB2] 3.2 client behaviour, reduced to one request at a time).
 */
final class SmbSession {
  private static final int READ_CHUNK = 1 << 16;
  private final Conversation conv;
  private long mid;
  private long sid;
  private boolean negotiated;
  private long nextTid = 1;
  private long nextFid = 0x100;
  private final Map<String, Long> trees = new HashMap<>();
  private final Map<String, Long> pipes = new HashMap<>();

  SmbSession(Conversation conv) {
    this.conv = conv;
  }

  private void req(long ts, byte[] m) {
    conv.send(ts, true, m);
  }

  private void resp(long ts, byte[] m) {
    conv.send(ts, false, m);
  }

  private void negotiate(long ts) {
    if (!negotiated) {
      negotiated = true;
      req(ts, SmbWire.negotiateRequest(mid));
      resp(ts, SmbWire.negotiateResponse(mid++));
    }
  }

  void ntlm(NtlmAuth a) {
    long ts = a.ts();
    negotiate(ts);
    long s = 0x0000_4000_0000_0001L + sid++;
    req(ts, SmbWire.sessionSetupRequest(mid, 0, NtlmWire.negTokenInit(NtlmWire.negotiate())));
    resp(ts, SmbWire.sessionSetupResponse(mid++, s, SmbWire.STATUS_MORE_PROCESSING,
        NtlmWire.negTokenResp(1, true, NtlmWire.challenge(a.domain(), s))));
    req(ts, SmbWire.sessionSetupRequest(mid, s, NtlmWire.negTokenResp(-1, false,
        NtlmWire.authenticate(a.domain(), a.user(), a.hostname()))));
    resp(ts, SmbWire.sessionSetupResponse(mid++, s, a.success() ? 0 : SmbWire.STATUS_LOGON_FAILURE,
        a.success() ? NtlmWire.negTokenResp(0, false, new byte[0]) : new byte[0]));
    sidInUse = s;
  }

  private long sidInUse;

  long tree(long ts, String path, String type) {
    negotiate(ts);
    long tid = nextTid++;
    int code = switch (type) {
      case "PIPE" -> 2;
      case "PRINT" -> 3;
      default -> 1;
    };
    req(ts, SmbWire.treeConnectRequest(mid, sidInUse, path));
    resp(ts, SmbWire.treeConnectResponse(mid++, sidInUse, tid, code));
    trees.put(path, tid);
    return tid;
  }

  void tree(SmbTreeConnect t) {
    tree(t.ts(), t.path(), t.shareType());
  }

  void file(SmbFileAccess f) {
    long ts = f.ts();
    Long tid = trees.get(f.path());
    if (tid == null) {
      tid = tree(ts, f.path(), "DISK");
    }
    long fid = nextFid++;
    req(ts, SmbWire.createRequest(mid, sidInUse, tid, f.name()));
    resp(ts, SmbWire.createResponse(mid++, sidInUse, tid, fid,
        f.action() == SmbFileAccess.Action.READ ? f.size() : 0));
    if (f.action() == SmbFileAccess.Action.WRITE || f.action() == SmbFileAccess.Action.READ) {
      boolean write = f.action() == SmbFileAccess.Action.WRITE;
      long size = f.size();
      long off = 0;
      do {
        int n = (int) Math.min(size - off, write ? SmbWire.MAX_IO : READ_CHUNK);
        // only the first chunk starts with the file's magic number (a written file's MIME
        // type, the PE header for reads); the rest of the content is zeros
        byte[] head = off != 0 ? new byte[0] : write ? magic(f.mimeType(), Math.min(n, 16))
            : content(Math.min(n, 16));
        if (write) {
          conv.send(ts, true, SmbWire.writeRequest(mid, sidInUse, tid, fid, off, head, 0,
              head.length, n), n - head.length);
          resp(ts, SmbWire.writeResponse(mid++, sidInUse, tid, n));
        } else {
          req(ts, SmbWire.readRequest(mid, sidInUse, tid, fid, off, n));
          conv.send(ts, false, SmbWire.readResponse(mid++, sidInUse, tid, head, 0, head.length, n),
              n - head.length);
        }
        off += n;
      } while (off < size);
    }
    req(ts, SmbWire.closeRequest(mid, sidInUse, tid, fid));
    resp(ts, SmbWire.closeResponse(mid++, sidInUse, tid));
  }

  /** The first {@code size} bytes of a file of {@code mime}: its magic number, else zeros. */
  static byte[] magic(String mime, int size) {
    byte[] b = new byte[size];
    if (!mime.isEmpty()) {
      byte[] m = Mime.sample(mime);
      System.arraycopy(m, 0, b, 0, Math.min(m.length, size));
    }
    return b;
  }

  /** File content of {@code size} (small) bytes starting like a PE executable. */
  static byte[] content(long size) {
    byte[] b = new byte[(int) size];
    byte[] head = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    System.arraycopy(head, 0, b, 0, Math.min(head.length, b.length));
    return b;
  }

  void dceRpc(DceRpcCall call) {
    long ts = call.ts();
    String endpoint = call.endpoint();
    Long fid = pipes.get(endpoint);
    long tid = ipcTree(ts);
    if (fid == null) {
      fid = nextFid++;
      req(ts, SmbWire.createRequest(mid, sidInUse, tid, endpoint));
      resp(ts, SmbWire.createResponse(mid++, sidInUse, tid, fid, 0));
      pipes.put(endpoint, fid);
      transact(ts, tid, fid, DceRpcWire.bind(endpoint, conv.callId, 0),
          DceRpcWire.bindAck("\\PIPE\\" + endpoint, conv.callId++));
    }
    int opnum = Math.max(0, DceRpcNames.opnum(endpoint, call.operation()));
    transact(ts, tid, fid,
        DceRpcWire.request(endpoint, call.operation(), opnum, conv.callId, 0),
        DceRpcWire.response(endpoint, call.operation(), conv.callId++, 0));
  }

  private long ipcTree(long ts) {
    for (var e : trees.entrySet()) {
      if (e.getKey().toUpperCase(java.util.Locale.ROOT).endsWith("\\IPC$")) {
        return e.getValue();
      }
    }
    return tree(ts, "\\\\" + Ipv4.format(conv.c.id().respH()) + "\\IPC$", "PIPE");
  }

  private void transact(long ts, long tid, long fid, byte[] in, byte[] out) {
    req(ts, SmbWire.writeRequest(mid, sidInUse, tid, fid, 0, in, 0, in.length));
    resp(ts, SmbWire.writeResponse(mid++, sidInUse, tid, in.length));
    req(ts, SmbWire.readRequest(mid, sidInUse, tid, fid, 0, 4280));
    resp(ts, SmbWire.readResponse(mid++, sidInUse, tid, out, 0, out.length));
  }
}
