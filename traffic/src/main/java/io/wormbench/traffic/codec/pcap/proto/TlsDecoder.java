package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.TlsHandshake;

/**
 * TLS handshake (RFC 8446 section 4.1, RFC 6066 server_name): reads the ClientHello's SNI and
 * the ServerHello's version (supported_versions overrides the legacy field, so TLS 1.3 is
 * named TLSv13), and emits one {@link TlsHandshake} at the ClientHello's time, as Zeek's
 * ssl.log. Handshake messages split across records are reassembled; nothing after the
 * ServerHello is read.
 */
final class TlsDecoder extends AppDecoder {
  private final StreamBuffer[] rec = {new StreamBuffer(), new StreamBuffer()};
  private final StreamBuffer[] hs = {new StreamBuffer(), new StreamBuffer()};
  private long helloTs = -1;
  private String sni = "";
  private boolean emitted;

  @Override
  public String service() {
    return "ssl";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer r = rec[d];
    r.append(b, off, len);
    while (r.length() >= 5 && !dead[d]) {
      byte[] a = r.array();
      int type = a[0] & 0xff;
      int rlen = (a[3] & 0xff) << 8 | (a[4] & 0xff);
      if (a[1] != 3 || rlen > 18432) {
        dead[d] = true;
        return;
      }
      if (r.length() < 5 + rlen) {
        return;
      }
      if (type == 22) {
        hs[d].append(a, 5, rlen);
        handshake(f, d, ts);
      } else if (type != 20 && type != 21) {
        dead[d] = true;
      }
      r.consume(5 + rlen);
    }
  }

  private void handshake(FlowContext f, int d, long ts) {
    StreamBuffer h = hs[d];
    while (h.length() >= 4 && !dead[d]) {
      byte[] a = h.array();
      int mlen = (a[1] & 0xff) << 16 | (a[2] & 0xff) << 8 | (a[3] & 0xff);
      if (h.length() < 4 + mlen) {
        return;
      }
      int type = a[0] & 0xff;
      if (d == 0 && type == 1) {
        helloTs = ts;
        sni = clientHelloSni(a, 4, 4 + mlen);
        confirmed = true;
        dead[0] = true;
      } else if (d == 1 && type == 2) {
        emit(f, serverHelloVersion(a, 4, 4 + mlen));
        dead[1] = true;
      } else {
        dead[d] = true;
      }
      h.consume(4 + mlen);
    }
  }

  private void emit(FlowContext f, String version) {
    if (!emitted && helloTs >= 0) {
      emitted = true;
      f.emit(new TlsHandshake(helloTs, f.uid(), f.id(), sni, version));
    }
  }

  @Override
  public void end(FlowContext f) {
    emit(f, "");
  }

  static String clientHelloSni(byte[] a, int p, int end) {
    p += 2 + 32;
    int sid = Bytes.u8(a, p, end);
    if (sid < 0) {
      return "";
    }
    p += 1 + sid;
    int cs = Bytes.be16(a, p, end);
    if (cs < 0) {
      return "";
    }
    p += 2 + cs;
    int comp = Bytes.u8(a, p, end);
    if (comp < 0) {
      return "";
    }
    p += 1 + comp;
    int extLen = Bytes.be16(a, p, end);
    if (extLen < 0) {
      return "";
    }
    p += 2;
    int extEnd = Math.min(end, p + extLen);
    while (p + 4 <= extEnd) {
      int type = Bytes.be16(a, p, extEnd);
      int len = Bytes.be16(a, p + 2, extEnd);
      int body = p + 4;
      if (type == 0 && body + 5 <= extEnd) {
        int nameType = Bytes.u8(a, body + 2, extEnd);
        int nameLen = Bytes.be16(a, body + 3, extEnd);
        if (nameType == 0 && nameLen > 0) {
          return Bytes.latin1(a, body + 5, nameLen, extEnd);
        }
      }
      p = body + len;
    }
    return "";
  }

  static String serverHelloVersion(byte[] a, int p, int end) {
    int legacy = Bytes.be16(a, p, end);
    int q = p + 2 + 32;
    int sid = Bytes.u8(a, q, end);
    int version = legacy;
    if (sid >= 0) {
      q += 1 + sid + 2 + 1;
      int extLen = Bytes.be16(a, q, end);
      if (extLen > 0) {
        q += 2;
        int extEnd = Math.min(end, q + extLen);
        while (q + 4 <= extEnd) {
          int type = Bytes.be16(a, q, extEnd);
          int len = Bytes.be16(a, q + 2, extEnd);
          if (type == 43 && len == 2) {
            version = Bytes.be16(a, q + 4, extEnd);
          }
          q += 4 + len;
        }
      }
    }
    return versionName(version);
  }

  static String versionName(int v) {
    return switch (v) {
      case 0x0300 -> "SSLv3";
      case 0x0301 -> "TLSv10";
      case 0x0302 -> "TLSv11";
      case 0x0303 -> "TLSv12";
      case 0x0304 -> "TLSv13";
      default -> "";
    };
  }
}
