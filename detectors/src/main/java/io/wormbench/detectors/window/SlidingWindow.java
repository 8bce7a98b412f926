package io.wormbench.detectors.window;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-key sliding-window counts with distinct counts over a fixed number of dimensions, in the
 * spirit of Zeek's SumStats framework (the {@code SUM} and {@code UNIQUE} reducers over an
 * epoch), but sliding rather than tumbling so a burst that straddles an epoch boundary is not
 * split in two. Every observation enters one global FIFO in time order and leaves it exactly
 * once when the clock passes its expiry, so the cost is O(1) amortised per observation and
 * memory is O(live observations), whatever the number of keys.
 *
 * <p>Typical use in a detector: {@code Stats s = window.add(ts, source, user, target);} then
 * compare {@code s.count()}, {@code s.distinct(0)}, {@code s.distinct(1)} with thresholds.
 *
 * @param <K> the key, e.g. an {@code Integer} source address
 */
public final class SlidingWindow<K> {
  private final long width;
  private final int dimensions;
  private final ArrayDeque<Entry<K>> fifo = new ArrayDeque<>();
  private final Map<K, Stats> byKey = new HashMap<>();

  private record Entry<K>(long ts, K key, Object[] values) {}

  /** A window of {@code width} microseconds tracking distinct values in {@code dimensions}. */
  public SlidingWindow(long width, int dimensions) {
    if (width <= 0 || dimensions < 0) {
      throw new IllegalArgumentException("width must be > 0 and dimensions >= 0");
    }
    this.width = width;
    this.dimensions = dimensions;
  }

  /** The window width in microseconds. */
  public long width() {
    return width;
  }

  /**
   * Adds one observation at {@code ts} for {@code key} with one value per dimension, first
   * expiring what fell out of the window, and returns the key's live statistics.
   */
  public Stats add(long ts, K key, Object... values) {
    if (values.length != dimensions) {
      throw new IllegalArgumentException("expected " + dimensions + " values, got " + values.length);
    }
    advance(ts);
    Stats s = byKey.computeIfAbsent(key, k -> new Stats(dimensions));
    s.count++;
    s.lastTs = ts;
    for (int i = 0; i < dimensions; i++) {
      s.distinct[i].merge(values[i], 1, Integer::sum);
    }
    fifo.addLast(new Entry<>(ts, key, values));
    return s;
  }

  /** Expires every observation older than {@code now - width}; keys left empty are dropped. */
  public void advance(long now) {
    long horizon = now - width;
    while (!fifo.isEmpty() && fifo.peekFirst().ts() <= horizon) {
      Entry<K> e = fifo.pollFirst();
      Stats s = byKey.get(e.key());
      s.count--;
      for (int i = 0; i < dimensions; i++) {
        s.distinct[i].computeIfPresent(e.values()[i], (v, n) -> n == 1 ? null : n - 1);
      }
      if (s.count == 0) {
        byKey.remove(e.key());
      }
    }
  }

  /** The live statistics of {@code key}, empty when it has none in the window. */
  public Stats get(K key) {
    Stats s = byKey.get(key);
    return s == null ? new Stats(dimensions) : s;
  }

  /** Number of keys with live observations. */
  public int keys() {
    return byKey.size();
  }

  /** Live statistics of one key: a view that changes as the window moves. */
  public static final class Stats {
    private long count;
    private long lastTs;
    private final Map<Object, Integer>[] distinct;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Stats(int dimensions) {
      distinct = new Map[dimensions];
      for (int i = 0; i < dimensions; i++) {
        distinct[i] = new HashMap<>();
      }
    }

    /** Observations in the window. */
    public long count() {
      return count;
    }

    /** Time of the latest observation. */
    public long lastTs() {
      return lastTs;
    }

    /** Distinct values of dimension {@code i} in the window. */
    public int distinct(int i) {
      return distinct[i].size();
    }
  }
}
