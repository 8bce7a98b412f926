package io.wormbench.detectors.window;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Distinct members per key with a cap, e.g. how many internal devices ever contacted an
 * external endpoint. Counting stops at the cap because detectors only ask "is it below a few",
 * which keeps memory O(keys x cap) even for endpoints every device talks to.
 *
 * @param <K> the key, e.g. an endpoint address or name
 */
public final class DistinctCounter<K> {
  private final int cap;
  private final Map<K, Set<Integer>> members = new HashMap<>();

  /** Counts up to {@code cap} distinct members per key. */
  public DistinctCounter(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1");
    }
    this.cap = cap;
  }

  /** Records that {@code member} was seen with {@code key}; returns the key's count. */
  public int add(K key, int member) {
    Set<Integer> s = members.computeIfAbsent(key, k -> new HashSet<>());
    if (s.size() < cap) {
      s.add(member);
    }
    return s.size();
  }

  /** Distinct members of {@code key}, at most the cap. */
  public int count(K key) {
    Set<Integer> s = members.get(key);
    return s == null ? 0 : s.size();
  }

  /** True when {@code member} was recorded for {@code key} (false if counting had capped). */
  public boolean contains(K key, int member) {
    Set<Integer> s = members.get(key);
    return s != null && s.contains(member);
  }
}
