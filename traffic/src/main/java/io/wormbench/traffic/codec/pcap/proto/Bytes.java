package io.wormbench.traffic.codec.pcap.proto;

import java.nio.charset.StandardCharsets;

/** Bounds-checked little/big-endian field access for decoders; out of range reads give -1. */
public final class Bytes {
  private Bytes() {}

  public static int u8(byte[] b, int p, int end) {
    return p >= 0 && p < end ? b[p] & 0xff : -1;
  }

  public static int le16(byte[] b, int p, int end) {
    return p >= 0 && p + 2 <= end ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : -1;
  }

  public static int be16(byte[] b, int p, int end) {
    return p >= 0 && p + 2 <= end ? (b[p] & 0xff) << 8 | (b[p + 1] & 0xff) : -1;
  }

  /** Little-endian 32-bit as unsigned long, -1 when out of range. */
  public static long le32(byte[] b, int p, int end) {
    if (p < 0 || p + 4 > end) {
      return -1;
    }
    return ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16
        | (long) (b[p + 3] & 0xff) << 24);
  }

  /** Big-endian 32-bit as unsigned long, -1 when out of range. */
  public static long be32(byte[] b, int p, int end) {
    if (p < 0 || p + 4 > end) {
      return -1;
    }
    return (long) (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8
        | (b[p + 3] & 0xff);
  }

  public static long le64(byte[] b, int p, int end) {
    if (p < 0 || p + 8 > end) {
      return -1;
    }
    return le32(b, p, end) | le32(b, p + 4, end) << 32;
  }

  /** UTF-16LE text, empty when out of range. */
  public static String utf16(byte[] b, int p, int n, int end) {
    if (p < 0 || n <= 0 || p + n > end) {
      return "";
    }
    return new String(b, p, n & ~1, StandardCharsets.UTF_16LE);
  }

  /** ISO-8859-1 text, empty when out of range. */
  public static String latin1(byte[] b, int p, int n, int end) {
    if (p < 0 || n <= 0 || p + n > end) {
      return "";
    }
    return new String(b, p, n, StandardCharsets.ISO_8859_1);
  }

  public static boolean startsWith(byte[] b, int p, int end, String ascii) {
    if (p + ascii.length() > end) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[p + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
