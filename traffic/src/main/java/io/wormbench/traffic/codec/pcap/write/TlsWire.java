package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.TlsHandshake;

/**
 * TLS handshake records (RFC 8446 4.1.2/4.1.3, RFC 6066 server_name): a ClientHello offering
 * TLS 1.2 and 1.3 with the SNI, and a ServerHello choosing the recorded version (TLS 1.3 via
 * supported_versions, as real servers do).
 */
final class TlsWire {
  private TlsWire() {}

  static byte[] clientHello(TlsHandshake t, long seed) {
    Wire body = new Wire();
    body.be16(0x0303);
    random(body, seed);
    body.u8(32);
    random(body, seed * 31 + 7);
    body.be16(6).be16(0x1301).be16(0xc02f).be16(0x009c);
    body.u8(1).u8(0);
    Wire ext = new Wire();
    if (!t.serverName().isEmpty()) {
      byte[] host = t.serverName().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      ext.be16(0).be16(host.length + 5).be16(host.length + 3).u8(0).be16(host.length).bytes(host);
    }
    ext.be16(10).be16(4).be16(2).be16(0x001d);
    ext.be16(13).be16(4).be16(2).be16(0x0401);
    ext.be16(43).be16(5).u8(4).be16(0x0304).be16(0x0303);
    byte[] e = ext.toArray();
    body.be16(e.length).bytes(e);
    return record(1, body.toArray());
  }

  static byte[] serverHello(TlsHandshake t, long seed) {
    Wire body = new Wire();
    body.be16(0x0303);
    random(body, seed * 17 + 3);
    body.u8(32);
    random(body, seed * 31 + 7);
    body.be16(t.version().equals("TLSv13") ? 0x1301 : 0xc02f).u8(0);
    Wire ext = new Wire();
    if (t.version().equals("TLSv13")) {
      ext.be16(43).be16(2).be16(0x0304);
    } else {
      ext.be16(0xff01).be16(1).u8(0);
    }
    byte[] e = ext.toArray();
    body.be16(e.length).bytes(e);
    return record(2, body.toArray());
  }

  static int legacyVersion(String v) {
    return switch (v) {
      case "SSLv3" -> 0x0300;
      case "TLSv10" -> 0x0301;
      case "TLSv11" -> 0x0302;
      default -> 0x0303;
    };
  }

  private static void random(Wire w, long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    for (int i = 0; i < 32; i++) {
      w.u8(r.nextInt(256));
    }
  }

  private static byte[] record(int type, byte[] body) {
    Wire w = new Wire();
    w.u8(22).be16(0x0301).be16(body.length + 4);
    w.u8(type).u8(body.length >>> 16).be16(body.length & 0xffff).bytes(body);
    return w.toArray();
  }
}
