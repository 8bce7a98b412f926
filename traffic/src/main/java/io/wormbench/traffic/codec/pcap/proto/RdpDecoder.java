package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.RdpConnect;

/**
 * RDP connection start (MS-RDPBCGR 2.2.1.1 and 2.2.1.2): the client's TPKT + X.224 Connection
 * Request with its routing token {@code Cookie: mstshash=<user>}, and the server's X.224
 * Connection Confirm. One {@link RdpConnect} is emitted at the request's time; its result is
 * "Success" when the confirm carries an RDP_NEG_RSP, empty otherwise (a negotiation failure, no
 * answer, or a confirm without negotiation data).
 */
final class RdpDecoder extends AppDecoder {
  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};
  private long requestTs = -1;
  private String cookie = "";
  private boolean emitted;

  @Override
  public String service() {
    return "rdp";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer s = buf[d];
    s.append(b, off, len);
    if (s.length() < 4) {
      return;
    }
    byte[] a = s.array();
    int tpkt = (a[2] & 0xff) << 8 | (a[3] & 0xff);
    if (a[0] != 3 || tpkt < 7) {
      dead[d] = true;
      return;
    }
    if (s.length() < tpkt) {
      return;
    }
    int code = a[5] & 0xf0;
    if (d == 0 && code == 0xE0) {
      requestTs = ts;
      cookie = cookie(a, 11, tpkt);
      confirmed = true;
    } else if (d == 1 && code == 0xD0) {
      // RDP_NEG_RSP: type 0x02 right after the 7-byte X.224 CC header
      boolean negRsp = tpkt >= 19 && a[11] == 0x02;
      emit(f, negRsp ? "Success" : "");
    }
    dead[d] = true;
  }

  static String cookie(byte[] a, int p, int end) {
    String prefix = "Cookie: mstshash=";
    if (!Bytes.startsWith(a, p, end, prefix)) {
      return "";
    }
    int start = p + prefix.length();
    int e = start;
    while (e < end && a[e] != '\r' && a[e] != '\n') {
      e++;
    }
    return Bytes.latin1(a, start, e - start, end);
  }

  private void emit(FlowContext f, String result) {
    if (!emitted && requestTs >= 0) {
      emitted = true;
      f.emit(new RdpConnect(requestTs, f.uid(), f.id(), cookie, result));
    }
  }

  @Override
  public void end(FlowContext f) {
    emit(f, "");
  }
}
