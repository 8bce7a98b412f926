package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.RdpConnect;

/**
 * RDP connection start (MS-RDPBCGR 2.2.1.1 Client X.224 Connection Request PDU with the
 * routing token {@code Cookie: mstshash=<user>\r\n} and an RDP_NEG_REQ; 2.2.1.2 Server X.224
 * Connection Confirm with RDP_NEG_RSP for "Success", RDP_NEG_FAILURE otherwise), each in a
 * TPKT (RFC 1006) header.
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
    if (r.result().equals("Success")) {
      x.u8(2).u8(0).le16(8).le32(1);
    } else {
      x.u8(3).u8(0).le16(8).le32(2);
    }
    return tpkt(x.toArray());
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
