package io.wormbench.traffic.codec.pcap.write;

import java.util.SplittableRandom;

/**
 * Filler bytes of a TLS session written as application_data records (RFC 8446 5.1: content
 * type 23, legacy version 0x0303, length, then ciphertext-like bytes), so dissectors see
 * encrypted records where the session's byte count needs data. A run of N filler bytes is cut
 * into ceil(N / 16389) records of near-equal size (at most 2^14 bytes of ciphertext each), so
 * any byte's place in its record follows from its offset alone and segments can be rendered in
 * any order.
 */
final class TlsRecords {
  private static final int MAX = 16384 + 5;
  private static final byte[] NOISE = new byte[1 << 16];

  static {
    SplittableRandom r = new SplittableRandom(0x7157);
    for (int i = 0; i < NOISE.length; i++) {
      NOISE[i] = (byte) r.nextInt(256);
    }
  }

  private TlsRecords() {}

  /** Writes bytes [pos, pos + len) of a run of {@code total} filler bytes into {@code out}. */
  static void fill(byte[] out, long total, long pos, int len, int salt) {
    for (int i = 0; i < len; i++) {
      out[i] = NOISE[(int) ((pos + i + salt) & 0xffff)];
    }
    if (total < 6) {
      return;
    }
    long m = (total + MAX - 1) / MAX;
    long base = total / m;
    long extra = total % m;
    long j = index(pos, base, extra);
    for (long start = start(j, base, extra); start < pos + len && j < m;
        start = start(++j, base, extra)) {
      long size = base + (j < extra ? 1 : 0);
      int body = (int) (size - 5);
      byte[] h = {23, 3, 3, (byte) (body >>> 8), (byte) body};
      for (int k = 0; k < 5; k++) {
        long at = start + k - pos;
        if (at >= 0 && at < len) {
          out[(int) at] = h[k];
        }
      }
    }
  }

  private static long index(long pos, long base, long extra) {
    long big = extra * (base + 1);
    return pos < big ? pos / (base + 1) : extra + (pos - big) / base;
  }

  private static long start(long j, long base, long extra) {
    return j * base + Math.min(j, extra);
  }
}
