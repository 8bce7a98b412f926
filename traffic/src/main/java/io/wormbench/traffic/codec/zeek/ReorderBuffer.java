package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Restores time order within one Zeek log. Zeek writes a conn.log row when the connection ends
 * (or times out), but its {@code ts} is the first packet, so rows are ordered by end time and
 * a long connection appears after shorter ones that started later. The buffer holds every row
 * whose {@code ts} lies within {@code window} of the newest {@code ts} read so far and releases
 * the oldest; memory is bounded by the rows of one window. A row older than an event already
 * released (a connection longer than the window) fails with a {@link TrafficFormatException}
 * naming the line and the window, rather than being dropped or passed on out of order.
 */
final class ReorderBuffer {
  private record Entry(Event event, long seq) {}

  private static final Comparator<Entry> ORDER = Comparator
      .comparingLong((Entry e) -> e.event.ts())
      .thenComparingInt(e -> e.event.kind().ordinal())
      .thenComparingLong(Entry::seq);

  private final LogCursor cursor;
  private final long window;
  private final PriorityQueue<Entry> heap = new PriorityQueue<>(ORDER);
  private long newest = Long.MIN_VALUE;
  private long released = Long.MIN_VALUE;
  private long seq;
  private boolean eof;

  ReorderBuffer(LogCursor cursor, long window) {
    this.cursor = cursor;
    this.window = window;
  }

  /** The next event in time order, or null when the file is exhausted. */
  Event poll() {
    while (!eof && (heap.isEmpty() || newest - heap.peek().event.ts() < window)) {
      Event e = cursor.next();
      if (e == null) {
        eof = true;
      } else {
        if (e.ts() < released) {
          throw new TrafficFormatException(cursor.source(), cursor.line(), "ts",
              "row at " + Micros.iso(e.ts()) + " comes after a row at " + Micros.iso(released)
                  + ", more than the reorder window of " + window / Micros.SECOND
                  + " s out of order (a longer window reads it)");
        }
        heap.add(new Entry(e, seq++));
        newest = Math.max(newest, e.ts());
      }
    }
    Entry head = heap.poll();
    if (head == null) {
      return null;
    }
    released = head.event.ts();
    return head.event;
  }

  LogCursor cursor() {
    return cursor;
  }
}
