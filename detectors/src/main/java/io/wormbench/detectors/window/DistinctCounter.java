package io.wormbench.detectors.window;

/**
 * Distinct members per {@code long} key with a cap, e.g. how many internal devices ever
 * contacted an external address. Counting stops at the cap because detectors only ask "is it
 * below a few", which keeps memory O(keys x cap) even for endpoints every device talks to.
 */
public final class DistinctCounter {
  private final int cap;
  private final LongMap<IntSet> members = new LongMap<>();

  /** Counts up to {@code cap} distinct members per key. */
  public DistinctCounter(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1");
    }
    this.cap = cap;
  }

  /** Records that {@code member} was seen with {@code key}; returns the key's count. */
  public int add(long key, int member) {
    IntSet s = members.computeIfAbsent(key, k -> new IntSet());
    if (s.size() < cap) {
      s.add(member);
    }
    return s.size();
  }

  /** The counts as they are now, for a baseline frozen at the end of learning. */
  public LongMap<Integer> snapshot() {
    LongMap<Integer> copy = new LongMap<>();
    for (int i = 0; i < members.size(); i++) {
      int n = members.valueAt(i).size();
      copy.computeIfAbsent(members.keyAt(i), k -> n);
    }
    return copy;
  }

  /** Distinct members of {@code key}, at most the cap. */
  public int count(long key) {
    IntSet s = members.get(key);
    return s == null ? 0 : s.size();
  }
}
