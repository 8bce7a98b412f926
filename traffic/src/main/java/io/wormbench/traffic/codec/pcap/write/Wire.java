package io.wormbench.traffic.codec.pcap.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A little growable byte builder with the little- and big-endian writers protocol payloads
 * need, plus back-patching of length fields.
 */
final class Wire {
  private byte[] b;
  private int n;

  Wire() {
    this(256);
  }

  Wire(int capacity) {
    b = new byte[capacity];
  }

  private void room(int k) {
    if (n + k > b.length) {
      b = Arrays.copyOf(b, Math.max(b.length * 2, n + k));
    }
  }

  int size() {
    return n;
  }

  Wire u8(int v) {
    room(1);
    b[n++] = (byte) v;
    return this;
  }

  Wire le16(int v) {
    room(2);
    b[n++] = (byte) v;
    b[n++] = (byte) (v >>> 8);
    return this;
  }

  Wire be16(int v) {
    room(2);
    b[n++] = (byte) (v >>> 8);
    b[n++] = (byte) v;
    return this;
  }

  Wire le32(long v) {
    le16((int) v);
    return le16((int) (v >>> 16));
  }

  Wire be32(long v) {
    be16((int) (v >>> 16));
    return be16((int) v);
  }

  Wire le64(long v) {
    le32(v);
    return le32(v >>> 32);
  }

  Wire bytes(byte[] v) {
    return bytes(v, 0, v.length);
  }

  Wire bytes(byte[] v, int off, int len) {
    room(len);
    System.arraycopy(v, off, b, n, len);
    n += len;
    return this;
  }

  Wire zeros(int k) {
    room(k);
    n += k;
    return this;
  }

  Wire ascii(String s) {
    return bytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  Wire utf16(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_16LE));
  }

  /** Pads with zeros to a multiple of {@code k} bytes from {@code base}. */
  Wire align(int base, int k) {
    while ((n - base) % k != 0) {
      u8(0);
    }
    return this;
  }

  void putLe16(int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
  }

  void putLe32(int at, long v) {
    putLe16(at, (int) v);
    putLe16(at + 2, (int) (v >>> 16));
  }

  void putBe16(int at, int v) {
    b[at] = (byte) (v >>> 8);
    b[at + 1] = (byte) v;
  }

  byte[] toArray() {
    return n == b.length ? b : Arrays.copyOf(b, n);
  }

  static byte[] utf16Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }
}
