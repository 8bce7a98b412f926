package io.wormbench.simulator.engine;

import io.wormbench.traffic.event.Event;

/**
 * Events emitted but not yet handed out, ordered by (ts, emission sequence). An action may emit
 * events slightly in its future (a TLS handshake after its DNS lookup), so events wait here
 * until no pending action could still emit an earlier one.
 */
final class EventHeap {
  private long[] times = new long[1024];
  private long[] seqs = new long[1024];
  private Event[] events = new Event[1024];
  private int size;
  private long nextSeq;

  void add(Event event) {
    if (size == times.length) {
      int n = size * 2;
      times = java.util.Arrays.copyOf(times, n);
      seqs = java.util.Arrays.copyOf(seqs, n);
      events = java.util.Arrays.copyOf(events, n);
    }
    long time = event.ts();
    long seq = nextSeq++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(time, seq, times[parent], seqs[parent])) {
        break;
      }
      times[i] = times[parent];
      seqs[i] = seqs[parent];
      events[i] = events[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    events[i] = event;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  long peekTime() {
    return size == 0 ? Long.MAX_VALUE : times[0];
  }

  Event peek() {
    return events[0];
  }

  Event poll() {
    Event top = events[0];
    int last = --size;
    long t = times[last];
    long s = seqs[last];
    Event e = events[last];
    events[last] = null;
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
      events[i] = events[c];
      i = c;
    }
    if (size > 0) {
      times[i] = t;
      seqs[i] = s;
      events[i] = e;
    }
    return top;
  }

  private static boolean less(long t1, long s1, long t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }
}
