package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.RdpConnect;

/**
 * RDP connection start (MS-RDPBCGR 2.2.1.1, 2.2.1.2, 2.2.1.4): the client's TPKT + X.224
 * Connection Request with its routing token {@code Cookie: mstshash=<user>}, the server's X.224
 * Connection Confirm and, for standard RDP security, its MCS Connect Response (T.125). One
 * {@link RdpConnect} is emitted at the request's time with Zeek's result (scripts
 * base/protocols/rdp/main.zeek and consts.zeek): an RDP_NEG_FAILURE gives its failure code name
 * ({@code SSL_NOT_ALLOWED_BY_SERVER}, ...); an RDP_NEG_RSP selecting TLS, CredSSP or RDSTLS
 * gives {@code encrypted}, as Zeek sees nothing after the switch; standard RDP security gives
 * the MCS Connect Response result ({@code Success} for rt-successful). Zeek takes the GCC
 * Conference Create Response result, nested inside the MCS PDU; both are 0 on success, and a
 * non-zero MCS result is named {@code result-N}.
 */
final class RdpDecoder extends AppDecoder {
  private static final String[] FAILURES = {"", "SSL_REQUIRED_BY_SERVER",
      "SSL_NOT_ALLOWED_BY_SERVER", "SSL_CERT_NOT_ON_SERVER", "INCONSISTENT_FLAGS",
      "HYBRID_REQUIRED_BY_SERVER", "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER"};
  private static final int TYPE_NEG_RSP = 0x02;
  private static final int TYPE_NEG_FAILURE = 0x03;
  private static final int X224_CR = 0xE0;
  private static final int X224_CC = 0xD0;
  private static final int X224_DATA = 0xF0;
  private static final int MAX_TPKT = 16 * 1024;

  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};
  private long requestTs = -1;
  private String cookie = "";
  private String protocol = "";
  private boolean confirmSeen;
  private boolean emitted;

  @Override
  public String service() {
    return "rdp";
  }

  /** Zeek's name of a selected security protocol (consts.zeek security_protocols). */
  static String protocolName(long p) {
    return switch ((int) p) {
      case 0 -> "RDP";
      case 1 -> "SSL";
      case 2 -> "HYBRID";
      case 8 -> "HYBRID_EX";
      default -> "security_protocol-" + p;
    };
  }

  /** Zeek's name of an RDP_NEG_FAILURE code (consts.zeek failure_codes). */
  static String failureName(long code) {
    return code > 0 && code < FAILURES.length ? FAILURES[(int) code] : "failure_code-" + code;
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer s = buf[d];
    s.append(b, off, len);
    while (!dead[d] && s.length() >= 4) {
      byte[] a = s.array();
      int tpkt = (a[2] & 0xff) << 8 | (a[3] & 0xff);
      if (a[0] != 3 || tpkt < 7 || tpkt > MAX_TPKT) {
        dead[d] = true;
        return;
      }
      if (s.length() < tpkt) {
        return;
      }
      if (d == 0) {
        request(a, tpkt, ts);
      } else {
        response(f, a, tpkt);
      }
      s.consume(tpkt);
    }
  }

  private void request(byte[] a, int tpkt, long ts) {
    if ((a[5] & 0xf0) == X224_CR) {
      requestTs = ts;
      cookie = cookie(a, 11, tpkt);
      confirmed = true;
    }
    // the client's later PDUs (MCS Connect Initial, TLS) carry nothing Zeek logs here
    dead[0] = true;
  }

  private void response(FlowContext f, byte[] a, int tpkt) {
    int code = a[5] & 0xf0;
    if (!confirmSeen && code == X224_CC) {
      confirmSeen = true;
      int type = Bytes.u8(a, 11, tpkt);
      long value = Bytes.le32(a, 15, tpkt);
      if (type == TYPE_NEG_FAILURE && value >= 0) {
        emit(f, failureName(value));
        dead[1] = true;
      } else if (type == TYPE_NEG_RSP && value >= 0) {
        protocol = protocolName(value);
        if (value != 0) {
          emit(f, "encrypted");
          dead[1] = true;
        }
      }
      return;
    }
    if (confirmSeen && code == X224_DATA && Bytes.u8(a, 7, tpkt) == 0x7f
        && Bytes.u8(a, 8, tpkt) == 0x66) {
      // MCS Connect-Response: BER length after 7f 66, then ENUMERATED result (0a 01 r)
      int p = 9;
      int l = Bytes.u8(a, p, tpkt);
      p += l >= 0x80 ? 1 + (l & 0x7f) : 1;
      if (Bytes.u8(a, p, tpkt) == 0x0a && Bytes.u8(a, p + 1, tpkt) == 1) {
        int result = Bytes.u8(a, p + 2, tpkt);
        emit(f, result == 0 ? "Success" : "result-" + result);
      }
      dead[1] = true;
    }
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
      f.emit(new RdpConnect(requestTs, f.uid(), f.id(), cookie, result, protocol));
    }
  }

  @Override
  public void end(FlowContext f) {
    emit(f, "");
  }
}
