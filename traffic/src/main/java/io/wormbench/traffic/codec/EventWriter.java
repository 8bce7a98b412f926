package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.Event;
import java.util.function.Consumer;

/**
 * A sink that writes events to a file or directory in one {@link EventFormat}. Events are
 * written in the order accepted (callers pass them in time order, as every
 * {@link io.wormbench.traffic.event.EventSource} yields them); {@link #close()} flushes and
 * releases the files. I/O failures surface as {@link java.io.UncheckedIOException}.
 */
public interface EventWriter extends Consumer<Event>, AutoCloseable {

  /** Writes one event. */
  @Override
  void accept(Event event);

  /** Flushes and closes; never throws checked exceptions. */
  @Override
  void close();

  /** Writes every remaining event of {@code source} and closes both; returns the count. */
  default long writeAll(io.wormbench.traffic.event.EventSource source) {
    long n = 0;
    try (source; this) {
      while (source.hasNext()) {
        accept(source.next());
        n++;
      }
    }
    return n;
  }

  /**
   * Adapts a writer with its own method names (e.g. the pcap writer's {@code write(Event)}) to
   * this interface; {@code close()} closes it, rethrowing checked exceptions unchecked.
   */
  static <W extends AutoCloseable> EventWriter adapt(W writer,
      java.util.function.BiConsumer<W, Event> write) {
    return new EventWriter() {
      @Override
      public void accept(Event event) {
        write.accept(writer, event);
      }

      @Override
      public void close() {
        try {
          writer.close();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
    };
  }
}
