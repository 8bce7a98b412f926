package io.wormbench.traffic.codec.pcap.proto;

import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked reader of ASN.1 BER TLVs (ITU-T X.690: one-byte tags, definite lengths up
 * to four bytes), for the Kerberos, LDAP and SNMP decoders. Every read of hostile bytes
 * returns null or a default instead of throwing.
 */
final class Ber {
  /** One TLV: its tag, where its value starts and where it ends. */
  record Tlv(int tag, int start, int end) {
    int length() {
      return end - start;
    }
  }

  private Ber() {}

  /** The TLV at {@code p}, or null when it does not fit before {@code end}. */
  static Tlv read(byte[] b, int p, int end) {
    if (p < 0 || p + 2 > end) {
      return null;
    }
    int tag = b[p] & 0xff;
    if ((tag & 0x1f) == 0x1f) {
      return null; // multi-byte tags appear in none of the protocols read here
    }
    int l = b[p + 1] & 0xff;
    int q = p + 2;
    long len;
    if (l < 0x80) {
      len = l;
    } else {
      int k = l & 0x7f;
      if (k == 0 || k > 4 || q + k > end) {
        return null;
      }
      len = 0;
      for (int i = 0; i < k; i++) {
        len = len << 8 | (b[q + i] & 0xff);
      }
      q += k;
    }
    if (q + len > end) {
      return null;
    }
    return new Tlv(tag, q, (int) (q + len));
  }

  /** The total size of the TLV starting at {@code p} if its header is complete, else -1. */
  static long size(byte[] b, int p, int end) {
    if (p + 2 > end) {
      return -1;
    }
    int l = b[p + 1] & 0xff;
    if (l < 0x80) {
      return 2 + l;
    }
    int k = l & 0x7f;
    if (k == 0 || k > 4) {
      return Long.MAX_VALUE; // not decodable: the caller gives up on the stream
    }
    if (p + 2 + k > end) {
      return -1;
    }
    long len = 0;
    for (int i = 0; i < k; i++) {
      len = len << 8 | (b[p + 2 + i] & 0xff);
    }
    return 2 + k + len;
  }

  /** The first child of {@code parent} with {@code tag}, or null. */
  static Tlv child(byte[] b, Tlv parent, int tag) {
    if (parent == null) {
      return null;
    }
    int p = parent.start();
    while (p < parent.end()) {
      Tlv t = read(b, p, parent.end());
      if (t == null) {
        return null;
      }
      if (t.tag() == tag) {
        return t;
      }
      p = t.end();
    }
    return null;
  }

  /** The {@code i}-th child of {@code parent} (0-based), or null. */
  static Tlv nth(byte[] b, Tlv parent, int i) {
    if (parent == null) {
      return null;
    }
    int p = parent.start();
    for (int k = 0; p < parent.end(); k++) {
      Tlv t = read(b, p, parent.end());
      if (t == null) {
        return null;
      }
      if (k == i) {
        return t;
      }
      p = t.end();
    }
    return null;
  }

  /** The first child of an explicit tag such as [3]: the value inside it. */
  static Tlv inner(byte[] b, Tlv explicit) {
    return explicit == null ? null : read(b, explicit.start(), explicit.end());
  }

  /** A signed integer value, {@code dflt} when absent or longer than eight bytes. */
  static long integer(byte[] b, Tlv t, long dflt) {
    if (t == null || t.length() == 0 || t.length() > 8) {
      return dflt;
    }
    long v = b[t.start()];
    for (int i = t.start() + 1; i < t.end(); i++) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  /** An unsigned integer value (Counter32, TimeTicks), {@code dflt} when absent. */
  static long unsigned(byte[] b, Tlv t, long dflt) {
    if (t == null || t.length() == 0 || t.length() > 8) {
      return dflt;
    }
    long v = 0;
    for (int i = t.start(); i < t.end(); i++) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  /** The value as UTF-8 text, empty when absent. */
  static String text(byte[] b, Tlv t) {
    return t == null ? "" : new String(b, t.start(), t.length(), StandardCharsets.UTF_8);
  }

  /** An OBJECT IDENTIFIER in dotted form, empty when absent or malformed. */
  static String oid(byte[] b, Tlv t) {
    if (t == null || t.tag() != 0x06 || t.length() == 0) {
      return "";
    }
    int first = b[t.start()] & 0xff;
    StringBuilder sb = new StringBuilder().append(Math.min(first / 40, 2)).append('.')
        .append(first >= 80 ? first - 80 : first % 40);
    long v = 0;
    for (int i = t.start() + 1; i < t.end(); i++) {
      v = v << 7 | (b[i] & 0x7f);
      if ((b[i] & 0x80) == 0) {
        sb.append('.').append(v);
        v = 0;
      }
      if (v > (1L << 48)) {
        return "";
      }
    }
    return sb.toString();
  }
}
