package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.DceRpcCall;
import java.util.HashMap;
import java.util.Map;

/**
 * Connection-oriented DCE/RPC PDUs (C706 chapter 12): frames each direction by frag_length,
 * learns presentation context ids from bind/alter_context, and emits one {@link DceRpcCall}
 * per request's first fragment. Used directly over TCP (port 135 and dynamic ports) and inside
 * SMB2 named-pipe writes, reads and transceive ioctls.
 */
final class DceRpcStream {
  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};
  private final boolean[] dead = new boolean[2];
  private final Map<Integer, String> contexts = new HashMap<>();
  private final String defaultEndpoint;
  boolean seen;

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
      pdu(f, fromOrig, ts, a, fragLen, le);
      s.consume(fragLen);
    }
  }

  private void pdu(FlowContext f, boolean fromOrig, long ts, byte[] a, int end, boolean le) {
    int type = a[2] & 0xff;
    int flags = a[3] & 0xff;
    seen = true;
    if (fromOrig && (type == 11 || type == 14)) {
      int n = Bytes.u8(a, 24, end);
      int p = 28;
      for (int i = 0; i < n && p + 24 <= end; i++) {
        int ctx = le ? Bytes.le16(a, p, end) : Bytes.be16(a, p, end);
        int nts = Bytes.u8(a, p + 2, end);
        contexts.put(ctx, DceRpcNames.endpoint(uuid(a, p + 4, le)));
        p += 4 + 20 + 20 * nts;
      }
    } else if (fromOrig && type == 0 && (flags & 0x01) != 0 && end >= 24) {
      int ctx = le ? Bytes.le16(a, 20, end) : Bytes.be16(a, 20, end);
      int opnum = le ? Bytes.le16(a, 22, end) : Bytes.be16(a, 22, end);
      String endpoint = contexts.getOrDefault(ctx, defaultEndpoint);
      f.emit(new DceRpcCall(ts, f.uid(), f.id(), endpoint, DceRpcNames.operation(endpoint, opnum)));
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
