package io.wormbench.detectors.window;

import java.util.function.Supplier;

/**
 * Per-key accumulators over aligned tumbling windows (epochs), as Zeek's SumStats epochs: each
 * key's accumulator collects one window's observations and is handed to a closer when the
 * clock passes the window's end, then forgotten. Keys are {@code long} (an address, or two
 * packed into one) so the per-event lookup does not box. Closing visits keys in first-seen
 * order, so results never depend on hash iteration order. Keys with no observation in a window
 * are not visited; a detector that needs zero-valued windows tracks that itself.
 *
 * @param <A> the mutable accumulator
 */
public final class TumblingWindows<A> {
  /** Receives one closed window of one key. */
  @FunctionalInterface
  public interface Closer<A> {
    /** Called once per key and closed window, with the window's start time. */
    void close(long windowStart, long key, A accumulator);
  }

  private final long width;
  private final Supplier<A> fresh;
  private final Closer<A> closer;
  private LongMap<A> open = new LongMap<>();
  private long windowStart = Long.MIN_VALUE;

  /** Windows of {@code width} microseconds aligned on multiples of the width. */
  public TumblingWindows(long width, Supplier<A> fresh, Closer<A> closer) {
    if (width <= 0) {
      throw new IllegalArgumentException("width must be > 0");
    }
    this.width = width;
    this.fresh = fresh;
    this.closer = closer;
  }

  /** The accumulator of {@code key} for the window containing {@code ts}. */
  public A at(long ts, long key) {
    if (windowStart == Long.MIN_VALUE) {
      windowStart = Math.floorDiv(ts, width) * width;
    } else if (ts >= windowStart + width) {
      advance(ts);
    }
    return open.computeIfAbsent(key, k -> fresh.get());
  }

  /** Closes the open window if {@code now} is at or past its end. */
  public void advance(long now) {
    if (windowStart == Long.MIN_VALUE || now < windowStart + width) {
      return;
    }
    long start = windowStart;
    windowStart = Math.floorDiv(now, width) * width;
    closeAll(start);
  }

  /** Closes the open window now, whether or not it is complete (end of input). */
  public void flush() {
    if (windowStart != Long.MIN_VALUE) {
      closeAll(windowStart);
    }
  }

  private void closeAll(long start) {
    LongMap<A> closing = open;
    open = new LongMap<>();
    for (int i = 0; i < closing.size(); i++) {
      closer.close(start, closing.keyAt(i), closing.valueAt(i));
    }
  }

  /** Start of the open window, or {@link Long#MIN_VALUE} before the first observation. */
  public long windowStart() {
    return windowStart;
  }

  /** The window width in microseconds. */
  public long width() {
    return width;
  }
}
