package io.wormbench.detectors.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-key accumulators over aligned tumbling windows (epochs), as Zeek's SumStats epochs: each
 * key's accumulator collects one window's observations and is handed to a closer when the
 * clock passes the window's end, then forgotten. Closing visits keys in first-seen order, so
 * results never depend on hash iteration order. Keys with no observation in a window are not
 * visited; a detector that needs zero-valued windows tracks that itself.
 *
 * @param <K> the key, e.g. a device address
 * @param <A> the mutable accumulator
 */
public final class TumblingWindows<K, A> {
  /** Receives one closed window of one key. */
  @FunctionalInterface
  public interface Closer<K, A> {
    /** Called once per key and closed window, with the window's start time. */
    void close(long windowStart, K key, A accumulator);
  }

  private final long width;
  private final Supplier<A> fresh;
  private final Closer<K, A> closer;
  private Map<K, A> open = new LinkedHashMap<>();
  private long windowStart = Long.MIN_VALUE;

  /** Windows of {@code width} microseconds aligned on multiples of the width. */
  public TumblingWindows(long width, Supplier<A> fresh, Closer<K, A> closer) {
    if (width <= 0) {
      throw new IllegalArgumentException("width must be > 0");
    }
    this.width = width;
    this.fresh = fresh;
    this.closer = closer;
  }

  /** The accumulator of {@code key} for the window containing {@code ts}. */
  public A at(long ts, K key) {
    advance(ts);
    if (windowStart == Long.MIN_VALUE) {
      windowStart = Math.floorDiv(ts, width) * width;
    }
    A a = open.get(key);
    if (a == null) {
      a = fresh.get();
      open.put(key, a);
    }
    return a;
  }

  /** Closes the open window if {@code now} is at or past its end. */
  public void advance(long now) {
    if (windowStart == Long.MIN_VALUE || now < windowStart + width) {
      return;
    }
    Map<K, A> closing = open;
    long start = windowStart;
    open = new LinkedHashMap<>();
    windowStart = Math.floorDiv(now, width) * width;
    for (Map.Entry<K, A> e : closing.entrySet()) {
      closer.close(start, e.getKey(), e.getValue());
    }
  }

  /** Closes the open window now, whether or not it is complete (end of input). */
  public void flush() {
    if (windowStart == Long.MIN_VALUE) {
      return;
    }
    Map<K, A> closing = open;
    open = new LinkedHashMap<>();
    for (Map.Entry<K, A> e : closing.entrySet()) {
      closer.close(windowStart, e.getKey(), e.getValue());
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
