package io.wormbench.simulator.engine;

import java.util.Arrays;

/**
 * A binary min-heap keyed by (time, insertion sequence), so ties are broken by insertion order
 * and every run is deterministic. The engine keeps two: its agenda of actions, and the events
 * emitted but not yet handed out (an action may emit events slightly in its future, such as a
 * TLS handshake after its DNS lookup, so they wait until no pending action could still emit an
 * earlier one). Parallel primitive arrays keep the hot path free of boxing and comparators.
 */
final class TimeHeap<T> {
  private long[] times = new long[1024];
  private long[] seqs = new long[1024];
  private Object[] items = new Object[1024];
  private int size;
  private long nextSeq;

  void add(long time, T item) {
    if (size == times.length) {
      int n = size * 2;
      times = Arrays.copyOf(times, n);
      seqs = Arrays.copyOf(seqs, n);
      items = Arrays.copyOf(items, n);
    }
    long seq = nextSeq++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(time, seq, times[parent], seqs[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    items[i] = item;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Time of the earliest item; {@link Long#MAX_VALUE} when empty. */
  long peekTime() {
    return size == 0 ? Long.MAX_VALUE : times[0];
  }

  /** The earliest item, left in place. */
  @SuppressWarnings("unchecked")
  T peek() {
    return (T) items[0];
  }

  /** Removes and returns the earliest item (its time is {@link #peekTime()} before the call). */
  @SuppressWarnings("unchecked")
  T poll() {
    T top = (T) items[0];
    int last = --size;
    long t = times[last];
    long s = seqs[last];
    Object item = items[last];
    items[last] = null;
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      if (r < size && less(times[r], seqs[r], times[c], seqs[c])) {
        c = r;
      }
      if (!less(times[c], seqs[c], t, s)) {
        break;
      }
      move(c, i);
      i = c;
    }
    if (size > 0) {
      times[i] = t;
      seqs[i] = s;
      items[i] = item;
    }
    return top;
  }

  private void move(int from, int to) {
    times[to] = times[from];
    seqs[to] = seqs[from];
    items[to] = items[from];
  }

  private static boolean less(long t1, long s1, long t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }
}
