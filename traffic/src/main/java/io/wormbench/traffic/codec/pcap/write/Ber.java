package io.wormbench.traffic.codec.pcap.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * ASN.1 BER/DER encoding (ITU-T X.690) of the few types Kerberos (RFC 4120), LDAP (RFC 4511)
 * and SNMP (RFC 3416) messages use: definite lengths in the shortest form, minimal
 * two's-complement integers, so the output is also valid DER.
 */
final class Ber {
  private Ber() {}

  /** A TLV with {@code tag} (one byte) around the concatenated {@code parts}. */
  static byte[] tlv(int tag, byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n + 6);
    out.write(tag);
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >>> 8);
      out.write(n);
    } else {
      out.write(0x83);
      out.write(n >>> 16);
      out.write(n >>> 8);
      out.write(n);
    }
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  static byte[] seq(byte[]... parts) {
    return tlv(0x30, parts);
  }

  /** A constructed context-specific tag [n] (explicit tagging). */
  static byte[] ctx(int n, byte[]... parts) {
    return tlv(0xa0 | n, parts);
  }

  /** A constructed application tag [APPLICATION n], n < 31. */
  static byte[] app(int n, byte[]... parts) {
    return tlv(0x60 | n, parts);
  }

  static byte[] integer(long v) {
    return integer(0x02, v);
  }

  /** A minimal two's-complement integer under {@code tag} (INTEGER, ENUMERATED, TimeTicks...). */
  static byte[] integer(int tag, long v) {
    int len = 8;
    while (len > 1 && (v >> (8 * (len - 1) - 1)) == (v >> 63)) {
      len--;
    }
    byte[] b = new byte[len];
    for (int i = 0; i < len; i++) {
      b[i] = (byte) (v >>> (8 * (len - 1 - i)));
    }
    return tlv(tag, b);
  }

  /** An unsigned value under an application tag (Counter32, TimeTicks): a leading 0 if needed. */
  static byte[] unsigned(int tag, long v) {
    return integer(tag, v);
  }

  static byte[] enumerated(int v) {
    return integer(0x0a, v);
  }

  static byte[] bool(boolean v) {
    return tlv(0x01, new byte[] {(byte) (v ? 0xff : 0)});
  }

  static byte[] octets(byte[] v) {
    return tlv(0x04, v);
  }

  /** Text under {@code tag} (0x04 OCTET STRING, 0x1b GeneralString, 0x80 [0] primitive...). */
  static byte[] text(int tag, String s) {
    return tlv(tag, s.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] nul() {
    return new byte[] {0x05, 0x00};
  }

  /** An OBJECT IDENTIFIER from its dotted form. */
  static byte[] oid(String dotted) {
    String[] p = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(p[0]) * 40 + Integer.parseInt(p[1]));
    for (int i = 2; i < p.length; i++) {
      long v = Long.parseLong(p[i]);
      int groups = 1;
      while ((v >>> (7 * groups)) != 0) {
        groups++;
      }
      for (int g = groups - 1; g >= 0; g--) {
        out.write((int) ((v >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
      }
    }
    return tlv(0x06, out.toByteArray());
  }
}
