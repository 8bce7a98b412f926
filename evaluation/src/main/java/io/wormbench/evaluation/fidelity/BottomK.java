package io.wormbench.evaluation.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A bottom-k sample (Cohen and Kaplan, PODC 2007): keeps the {@code k} items of smallest hash.
 * With a well-mixed hash this is a uniform sample without replacement of everything offered,
 * in O(k) memory, and it is the same sample whatever order the items came in.
 *
 * @param <T> the sampled item
 */
public final class BottomK<T> {
  private record Entry<T>(long hash, long order, T item) {}

  private final int k;
  private final PriorityQueue<Entry<T>> heap;
  private long offered;

  /** A sample of at most {@code k} items. */
  public BottomK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("sample size must be >= 1: " + k);
    }
    this.k = k;
    Comparator<Entry<T>> byHash = Comparator.comparingLong(Entry::hash);
    this.heap = new PriorityQueue<>(byHash.thenComparingLong(Entry::order).reversed());
  }

  /** Offers an item with its hash. */
  public void offer(long hash, T item) {
    offered++;
    if (heap.size() < k) {
      heap.add(new Entry<>(hash, offered, item));
    } else if (hash < heap.peek().hash()) {
      heap.poll();
      heap.add(new Entry<>(hash, offered, item));
    }
  }

  /** True when an item of this hash would be kept now (so callers build it only then). */
  public boolean accepts(long hash) {
    return heap.size() < k || hash < heap.peek().hash();
  }

  /** Counts an item that {@link #accepts} turned away without building it. */
  public void skip() {
    offered++;
  }

  /** How many items were offered. */
  public long offered() {
    return offered;
  }

  /** The sampled items in ascending hash order. */
  public List<T> items() {
    List<Entry<T>> all = new ArrayList<>(heap);
    all.sort(Comparator.comparingLong((Entry<T> e) -> e.hash()).thenComparingLong(Entry::order));
    List<T> out = new ArrayList<>(all.size());
    all.forEach(e -> out.add(e.item()));
    return out;
  }
}
