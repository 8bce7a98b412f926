package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.NoSuchElementException;

/**
 * Base of the file readers: one event of look-ahead over {@link #parseNext()}, and the check
 * that times never go backwards, because every consumer of an {@link EventSource} relies on it
 * and a silently unordered file would make time-to-detect figures wrong.
 */
public abstract class ParsedEventSource implements EventSource {
  private Event next;
  private boolean done;
  private long lastTs = Long.MIN_VALUE;

  /** The next event of the file, or null at its end. */
  protected abstract Event parseNext();

  /** The source name and current line, for the out-of-order error. */
  protected abstract TrafficFormatException outOfOrder(long ts, long previous);

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = parseNext();
      if (next == null) {
        done = true;
        close();
      } else if (next.ts() < lastTs) {
        throw outOfOrder(next.ts(), lastTs);
      } else {
        lastTs = next.ts();
      }
    }
    return next != null;
  }

  @Override
  public final Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Event e = next;
    next = null;
    return e;
  }
}
