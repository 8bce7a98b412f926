package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.RdpConnect;

/**
 * RDP connection start (MS-RDPBCGR 2.2.1.1 Client X.224 Connection Request PDU with the
 * routing token {@code Cookie: mstshash=<user>\r\n} and an RDP_NEG_REQ; 2.2.1.2 Server X.224
 * Connection Confirm with RDP_NEG_RSP selecting TLS/CredSSP for "encrypted" or standard RDP
 * followed by an MCS Connect-Response for "Success", RDP_NEG_FAILURE with the code of a refusal),
 * each in a TPKT (RFC 1006) header.
 */
final class RdpWire {
  private RdpWire() {}

  static byte[] request(RdpConnect r) {
    Wire x = new Wire();
    x.u8(0).u8(0xE0).be16(0).be16(0).u8(0);
    if (!r.cookie().isEmpty()) {
      x.ascii("Cookie: mstshash=" + r.cookie() + "\r\n");
    }
    x.u8(1).u8(0).le16(8).le32(3);
    return tpkt(x.toArray());
  }

  static byte[] confirm(RdpConnect r) {
    Wire x = new Wire();
    x.u8(0).u8(0xD0).be16(0).be16(0x1234).u8(0);
    String result = r.result();
    if (result.equals("encrypted")) {
      x.u8(2).u8(0).le16(8).le32(selected(r.securityProtocol()));
    } else if (result.equals("Success") || result.isEmpty()) {
      if (r.securityProtocol().equals("RDP")) {
        x.u8(2).u8(0).le16(8).le32(0); // negotiated standard RDP; none negotiated otherwise
      }
    } else {
      x.u8(3).u8(0).le16(8).le32(failureCode(result));
    }
    byte[] cc = tpkt(x.toArray());
    if (!result.equals("Success")) {
      return cc;
    }
    // standard RDP security: the MCS Connect-Response (T.125 BER) carries the result
    byte[] body = new Wire().u8(0x0a).u8(1).u8(0) // result rt-successful
        .u8(0x02).u8(1).u8(0) // calledConnectId
        .u8(0x30).u8(0x1a).bytes(DOMAIN_PARAMETERS)
        .u8(0x04).u8(0).toArray(); // userData: no GCC data
    Wire mcs = new Wire();
    mcs.u8(3).u8(0).be16(4 + 3 + 3 + body.length).u8(2).u8(0xF0).u8(0x80)
        .u8(0x7f).u8(0x66).u8(body.length).bytes(body);
    return new Wire().bytes(cc).bytes(mcs.toArray()).toArray();
  }

  /** The eight DomainParameters INTEGERs a Windows server answers with (T.125 7). */
  private static final byte[] DOMAIN_PARAMETERS = {2, 1, 0x22, 2, 1, 3, 2, 1, 0, 2, 1, 1,
      2, 1, 0, 2, 1, 1, 2, 3, 0, (byte) 0xff, (byte) 0xf8, 2, 1, 2};

  private static int selected(String protocol) {
    return switch (protocol) {
      case "SSL" -> 1;
      case "HYBRID_EX" -> 8;
      default -> 2;
    };
  }

  private static int failureCode(String name) {
    return switch (name) {
      case "SSL_REQUIRED_BY_SERVER" -> 1;
      case "SSL_CERT_NOT_ON_SERVER" -> 3;
      case "INCONSISTENT_FLAGS" -> 4;
      case "HYBRID_REQUIRED_BY_SERVER" -> 5;
      case "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER" -> 6;
      default -> 2;
    };
  }

  /** TPKT header; the X.224 length indicator counts every byte after itself (LI = len - 5). */
  private static byte[] tpkt(byte[] x224) {
    Wire w = new Wire();
    w.u8(3).u8(0).be16(4 + x224.length).bytes(x224);
    byte[] out = w.toArray();
    out[4] = (byte) (x224.length - 1);
    return out;
  }
}
