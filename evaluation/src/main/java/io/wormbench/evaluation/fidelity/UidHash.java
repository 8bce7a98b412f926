package io.wormbench.evaluation.fidelity;

/**
 * A seeded 64-bit hash of a connection uid (FNV-1a over the characters, then the SplitMix64
 * finaliser of Steele et al., OOPSLA 2014). Samples pick connections by it, so which
 * connections are sampled depends on the seed and the uids only: never on event order, thread
 * timing or hash-map iteration.
 */
public final class UidHash {
  /** The seed the scorecard samples with. */
  public static final long SEED = 0x5EED_F1DE_117EL;

  private UidHash() {}

  /** The hash of {@code uid} under {@code seed}. */
  public static long of(String uid, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < uid.length(); i++) {
      h ^= uid.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
