package io.wormbench.simulator.engine;

import java.util.SplittableRandom;

/**
 * Zeek-style connection uids: "C" followed by 17 base62 characters, drawn from the run's own
 * random stream so they are unique in practice and identical for identical runs.
 */
final class Uids {
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private final SplittableRandom random;

  Uids(SplittableRandom random) {
    this.random = random;
  }

  String next() {
    char[] c = new char[18];
    c[0] = 'C';
    // Two 63-bit draws, 10 + 7 digits: 62^10 < 2^63 keeps the digits close to uniform.
    long a = random.nextLong() >>> 1;
    long b = random.nextLong() >>> 1;
    for (int i = 1; i <= 10; i++) {
      c[i] = BASE62[(int) (a % 62)];
      a /= 62;
    }
    for (int i = 11; i <= 17; i++) {
      c[i] = BASE62[(int) (b % 62)];
      b /= 62;
    }
    return new String(c);
  }
}
