package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.NtlmAuth;
import java.util.HashMap;
import java.util.Map;

/**
 * Connection-oriented DCE/RPC PDUs (C706 chapter 12): frames each direction by frag_length,
 * learns presentation context ids from bind/alter_context, and emits one {@link DceRpcCall}
 * per request's first fragment. Used directly over TCP (port 135 and dynamic ports) and inside
 * SMB2 named-pipe writes, reads and transceive ioctls.
 *
 * <p>An NTLMSSP AUTHENTICATE message in the auth_verifier (C706 13.2.6.1; auth_type 10, or 9
 * for SPNEGO wrapping NTLMSSP, [MS-RPCE] 2.2.1.1.7) of a bind, alter_context or rpc_auth_3
 * gives an {@link NtlmAuth}, like an SMB SESSION_SETUP, so password guessing over RPC is
 * counted like guessing over SMB. DCE/RPC has no logon status of its own: the server's next
 * PDU decides it ([MS-RPCE] 3.3.1.5.2): bind_ack, alter_context_resp or a response accept it;
 * bind_nak, or a fault with status 5 (rpc_s_access_denied) or 0xC0000022
 * (STATUS_ACCESS_DENIED), refuse it. When the connection ends first the logon is reported as
 * not successful (Zeek leaves {@code success} unset there).
 */
final class DceRpcStream {
  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};
  private final boolean[] dead = new boolean[2];
  private final Map<Integer, String> contexts = new HashMap<>();
  private final String defaultEndpoint;
  private Ntlmssp.Auth pending;
  private long pendingTs;
  boolean seen;

  static final int AUTHN_SPNEGO = 9;
  static final int AUTHN_WINNT = 10;
  static final long ACCESS_DENIED = 5;
  static final long STATUS_ACCESS_DENIED = 0xC0000022L;

  DceRpcStream(String defaultEndpoint) {
    this.defaultEndpoint = defaultEndpoint;
  }

  void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer s = buf[d];
    s.append(b, off, len);
    while (s.length() >= 16) {
      byte[] a = s.array();
      if (a[0] != 5 || a[1] != 0) {
        dead[d] = true;
        return;
      }
      boolean le = (a[4] & 0x10) != 0;
      int fragLen = le ? Bytes.le16(a, 8, 16) : Bytes.be16(a, 8, 16);
      if (fragLen < 16) {
        dead[d] = true;
        return;
      }
      if (s.length() < fragLen) {
        return;
      }
      pdu(f, ts, a, fragLen, le);
      s.consume(fragLen);
    }
  }

  private void pdu(FlowContext f, long ts, byte[] a, int end, boolean le) {
    int type = a[2] & 0xff;
    int flags = a[3] & 0xff;
    seen = true;
    // The PDU type says who sent it, whichever way the flow was oriented.
    boolean client = isClientPdu(type);
    if (client) {
      authenticate(f, ts, type, a, end, le);
    } else if (pending != null) {
      verdict(f, type, a, end, le);
    }
    if (client && (type == 11 || type == 14)) {
      int n = Bytes.u8(a, 24, end);
      int p = 28;
      for (int i = 0; i < n && p + 24 <= end; i++) {
        int ctx = le ? Bytes.le16(a, p, end) : Bytes.be16(a, p, end);
        int nts = Bytes.u8(a, p + 2, end);
        contexts.put(ctx, DceRpcNames.endpoint(uuid(a, p + 4, le)));
        p += 4 + 20 + 20 * nts;
      }
    } else if (client && type == 0 && (flags & 0x01) != 0 && end >= 24) {
      int ctx = le ? Bytes.le16(a, 20, end) : Bytes.be16(a, 20, end);
      int opnum = le ? Bytes.le16(a, 22, end) : Bytes.be16(a, 22, end);
      String endpoint = contexts.getOrDefault(ctx, defaultEndpoint);
      f.emit(new DceRpcCall(ts, f.uid(), f.id(), endpoint, DceRpcNames.operation(endpoint, opnum)));
    }
  }

  /** Request, bind, alter_context, rpc_auth_3, co_cancel, orphaned (C706 12.6.4). */
  static boolean isClientPdu(int type) {
    return type == 0 || type == 11 || type == 14 || type == 16 || type == 18 || type == 19;
  }

  /** Keeps the AUTHENTICATE message of a bind, alter_context or auth3 until the verdict. */
  private void authenticate(FlowContext f, long ts, int type, byte[] a, int end, boolean le) {
    if (type != 11 && type != 14 && type != 16) {
      return;
    }
    int authLen = le ? Bytes.le16(a, 10, end) : Bytes.be16(a, 10, end);
    int value = end - authLen;
    if (authLen <= 0 || value - 8 < 16) {
      return;
    }
    int authType = a[value - 8] & 0xff;
    if (authType != AUTHN_WINNT && authType != AUTHN_SPNEGO) {
      return;
    }
    int s = Ntlmssp.find(a, value, end);
    if (s >= 0 && Ntlmssp.type(a, s, end) == 3) {
      if (pending != null) {
        report(f, false); // a second attempt before any verdict: the first got none
      }
      pending = Ntlmssp.authenticate(a, s, end);
      pendingTs = ts;
    }
  }

  private void verdict(FlowContext f, int type, byte[] a, int end, boolean le) {
    switch (type) {
      case 2, 12, 15 -> report(f, true);
      case 13 -> report(f, false);
      case 3 -> {
        long status = le ? Bytes.le32(a, 24, end) : Bytes.be32(a, 24, end);
        report(f, status != ACCESS_DENIED && status != STATUS_ACCESS_DENIED);
      }
      default -> { }
    }
  }

  private void report(FlowContext f, boolean success) {
    f.emit(new NtlmAuth(pendingTs, f.uid(), f.id(), pending.domain(), pending.user(),
        pending.workstation(), success));
    pending = null;
  }

  /** The connection ended: a logon still waiting for the server's answer got none. */
  void end(FlowContext f) {
    if (pending != null) {
      report(f, false);
    }
  }

  /** UUID text of the 16 bytes at {@code p} (first three fields in the PDU's byte order). */
  static String uuid(byte[] a, int p, boolean le) {
    long d1 = le ? Bytes.le32(a, p, p + 16) : ((long) Bytes.be16(a, p, p + 16) << 16 | Bytes.be16(a, p + 2, p + 16));
    int d2 = le ? Bytes.le16(a, p + 4, p + 16) : Bytes.be16(a, p + 4, p + 16);
    int d3 = le ? Bytes.le16(a, p + 6, p + 16) : Bytes.be16(a, p + 6, p + 16);
    StringBuilder sb = new StringBuilder(String.format("%08x-%04x-%04x-", d1, d2, d3));
    for (int i = 8; i < 16; i++) {
      if (i == 10) {
        sb.append('-');
      }
      sb.append(String.format("%02x", a[p + i] & 0xff));
    }
    return sb.toString();
  }
}
