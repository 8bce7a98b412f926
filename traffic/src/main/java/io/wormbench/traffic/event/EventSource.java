package io.wormbench.traffic.event;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A closeable, lazy stream of events in non-decreasing time order. The simulator and every
 * reader (pcap, Zeek logs, JSON lines, CSV) hand out this one type, so whatever consumes
 * events cannot tell generated traffic from recorded traffic.
 */
public interface EventSource extends Iterator<Event>, AutoCloseable {

  /** Releases files or threads behind the source; never throws checked exceptions. */
  @Override
  void close();

  /** A sequential stream over the remaining events that closes this source when closed. */
  default Stream<Event> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** A source over an in-memory iterator, for tests and small fixtures. */
  static EventSource of(Iterator<? extends Event> events) {
    return new EventSource() {
      @Override
      public boolean hasNext() {
        return events.hasNext();
      }

      @Override
      public Event next() {
        return events.next();
      }

      @Override
      public void close() {}
    };
  }

  /** A source over a list, for tests and small fixtures. */
  static EventSource of(java.util.List<? extends Event> events) {
    return of(events.iterator());
  }
}
