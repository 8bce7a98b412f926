package io.wormbench.traffic.codec.pcap.write;

/**
 * NTLMSSP messages ([MS-NLMP] 2.2.1.1 NEGOTIATE, 2.2.1.2 CHALLENGE, 2.2.1.3 AUTHENTICATE with
 * Unicode domain, user and workstation) wrapped in SPNEGO tokens (RFC 4178 NegTokenInit /
 * NegTokenResp, DER-encoded) as Windows SMB2 clients and servers send them.
 */
final class NtlmWire {
  private NtlmWire() {}

  private static final long FLAGS = 0xe2088215L;
  private static final byte[] SPNEGO_OID = {0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02};
  private static final byte[] NTLM_OID =
      {0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, (byte) 0x82, 0x37, 0x02, 0x02, 0x0a};

  static byte[] negotiate() {
    Wire w = new Wire();
    w.ascii("NTLMSSP").u8(0).le32(1).le32(FLAGS).le16(0).le16(0).le32(40).le16(0).le16(0)
        .le32(40).u8(10).u8(0).le16(19041).zeros(3).u8(15);
    return w.toArray();
  }

  static byte[] challenge(String domain, long seed) {
    byte[] target = Wire.utf16Bytes(domain.isEmpty() ? "WORKGROUP" : domain);
    Wire info = new Wire();
    info.le16(2).le16(target.length).bytes(target).le16(0).le16(0);
    byte[] ti = info.toArray();
    Wire w = new Wire();
    w.ascii("NTLMSSP").u8(0).le32(2).le16(target.length).le16(target.length).le32(56)
        .le32(FLAGS).le64(seed * 0x9E3779B97F4A7C15L).zeros(8)
        .le16(ti.length).le16(ti.length).le32(56 + target.length)
        .u8(10).u8(0).le16(19041).zeros(3).u8(15).bytes(target).bytes(ti);
    return w.toArray();
  }

  static byte[] authenticate(String domain, String user, String workstation) {
    byte[] d = Wire.utf16Bytes(domain);
    byte[] u = Wire.utf16Bytes(user);
    byte[] h = Wire.utf16Bytes(workstation);
    int base = 88;
    int lm = base + d.length + u.length + h.length;
    int nt = lm + 24;
    int key = nt + 24;
    Wire w = new Wire();
    w.ascii("NTLMSSP").u8(0).le32(3)
        .le16(24).le16(24).le32(lm)
        .le16(24).le16(24).le32(nt)
        .le16(d.length).le16(d.length).le32(base)
        .le16(u.length).le16(u.length).le32(base + d.length)
        .le16(h.length).le16(h.length).le32(base + d.length + u.length)
        .le16(16).le16(16).le32(key)
        .le32(FLAGS).u8(10).u8(0).le16(19041).zeros(3).u8(15).zeros(16)
        .bytes(d).bytes(u).bytes(h);
    for (int i = 0; i < 24 + 24 + 16; i++) {
      w.u8(0x11 * (i % 13 + 1));
    }
    return w.toArray();
  }

  /** DER TLV with definite length. */
  static byte[] der(int tag, byte[]... parts) {
    int len = 0;
    for (byte[] p : parts) {
      len += p.length;
    }
    Wire w = new Wire();
    w.u8(tag);
    if (len < 0x80) {
      w.u8(len);
    } else if (len < 0x100) {
      w.u8(0x81).u8(len);
    } else {
      w.u8(0x82).be16(len);
    }
    for (byte[] p : parts) {
      w.bytes(p);
    }
    return w.toArray();
  }

  /** GSS-API InitialContextToken with a NegTokenInit offering NTLMSSP and carrying a token. */
  static byte[] negTokenInit(byte[] mechToken) {
    byte[] mechTypes = der(0xa0, der(0x30, NTLM_OID));
    byte[] init = mechToken.length == 0
        ? der(0x30, mechTypes)
        : der(0x30, mechTypes, der(0xa2, der(0x04, mechToken)));
    return der(0x60, SPNEGO_OID, der(0xa0, init));
  }

  /** NegTokenResp with an optional state (-1 = absent), mech (for the first answer) and token. */
  static byte[] negTokenResp(int state, boolean mech, byte[] token) {
    java.util.List<byte[]> parts = new java.util.ArrayList<>();
    if (state >= 0) {
      parts.add(der(0xa0, der(0x0a, new byte[] {(byte) state})));
    }
    if (mech) {
      parts.add(der(0xa1, NTLM_OID));
    }
    if (token.length > 0) {
      parts.add(der(0xa2, der(0x04, token)));
    }
    return der(0xa1, der(0x30, parts.toArray(new byte[0][])));
  }
}
