package io.wormbench.simulator.engine;

/**
 * The engine's agenda: a binary min-heap of actions keyed by (time, insertion sequence), so
 * ties are broken by scheduling order and every run is deterministic. Parallel primitive arrays
 * keep the hot path free of boxing and comparator calls.
 */
final class ActionQueue {
  private long[] times = new long[1024];
  private long[] seqs = new long[1024];
  private Action[] actions = new Action[1024];
  private int size;
  private long nextSeq;

  void add(long time, Action action) {
    if (size == times.length) {
      int n = size * 2;
      times = java.util.Arrays.copyOf(times, n);
      seqs = java.util.Arrays.copyOf(seqs, n);
      actions = java.util.Arrays.copyOf(actions, n);
    }
    long seq = nextSeq++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(time, seq, times[parent], seqs[parent])) {
        break;
      }
      times[i] = times[parent];
      seqs[i] = seqs[parent];
      actions[i] = actions[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    actions[i] = action;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Time of the earliest action; {@link Long#MAX_VALUE} when empty. */
  long peekTime() {
    return size == 0 ? Long.MAX_VALUE : times[0];
  }

  /** Removes and returns the earliest action (its time is {@link #peekTime()} before the call). */
  Action poll() {
    Action top = actions[0];
    int last = --size;
    long t = times[last];
    long s = seqs[last];
    Action a = actions[last];
    actions[last] = null;
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
      times[i] = times[c];
      seqs[i] = seqs[c];
      actions[i] = actions[c];
      i = c;
    }
    if (size > 0) {
      times[i] = t;
      seqs[i] = s;
      actions[i] = a;
    }
    return top;
  }

  private static boolean less(long t1, long s1, long t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }
}
