package io.wormbench.detectors;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.time.Micros;
import java.util.List;

/**
 * Feeds events in time order to every detector and keeps their clocks: before an event later
 * than the previous one, each detector is advanced to its time; when event time reaches the
 * learning end, each detector's {@link Detector#endLearning(long)} is called exactly once. A
 * detector that throws aborts the run with a {@link DetectorFailure} naming the detector and
 * the event, so a crash is never mistaken for "no alerts". Events out of time order are an
 * error of the source and are rejected the same way. The engine owns a {@link DetectionContext}
 * (shared baselines, the sink) and attaches every detector to it before the first event.
 */
public final class DetectionEngine {
  private final Detector[] detectors;
  private final long learningEnd;
  private final AlertSink sink;
  private long clock = Long.MIN_VALUE;
  private boolean learning = true;
  private long events;
  private final DetectionContext context;

  /** An engine over {@code detectors}, learning until {@code learningEnd} (micros). */
  public DetectionEngine(List<Detector> detectors, long learningEnd, AlertSink sink) {
    this.detectors = detectors.toArray(new Detector[0]);
    this.learningEnd = learningEnd;
    this.sink = sink;
    this.context = new DetectionContext(sink);
    for (Detector d : this.detectors) {
      try {
        d.attach(context);
      } catch (RuntimeException e) {
        throw new DetectorFailure(d.name(), "attaching to the engine", e);
      }
    }
  }

  /** Feeds one event to every detector. */
  public void observe(Event event) {
    long ts = event.ts();
    if (ts != clock) {
      if (ts < clock) {
        throw new IllegalArgumentException("event out of time order: " + describe(event)
            + " is earlier than " + Micros.iso(clock));
      }
      moveClock(ts);
    }
    events++;
    context.observe(event);
    for (Detector d : detectors) {
      try {
        d.observe(event, sink);
      } catch (DetectorFailure f) {
        throw f;
      } catch (RuntimeException e) {
        throw new DetectorFailure(d.name(), describe(event), e);
      }
    }
  }

  /** Feeds every event of {@code source} (without closing it) and finishes at {@code end}. */
  public void run(EventSource source, long end) {
    while (source.hasNext()) {
      observe(source.next());
    }
    finish(Math.max(end, clock));
  }

  /** Advances every clock to {@code end}, ending learning if it has not ended yet. */
  public void finish(long end) {
    if (end < clock) {
      throw new IllegalArgumentException("finish at " + Micros.iso(end) + " is before the last event at "
          + Micros.iso(clock));
    }
    moveClock(end);
    if (learning) {
      // A run shorter than its learning period still ends learning, so no detector is left
      // half-calibrated.
      endLearning(end);
    }
    for (Detector d : detectors) {
      try {
        d.finish(end, sink);
      } catch (RuntimeException e) {
        throw new DetectorFailure(d.name(), "finish at " + Micros.iso(end), e);
      }
    }
  }

  /** Events observed so far. */
  public long events() {
    return events;
  }

  private void moveClock(long ts) {
    if (learning && ts >= learningEnd) {
      if (learningEnd > clock) {
        advanceAll(learningEnd);
      }
      endLearning(learningEnd);
    }
    advanceAll(ts);
    clock = ts;
  }

  private void endLearning(long at) {
    learning = false;
    for (Detector d : detectors) {
      try {
        d.endLearning(at);
      } catch (RuntimeException e) {
        throw new DetectorFailure(d.name(), "end of learning at " + Micros.iso(at), e);
      }
    }
  }

  private void advanceAll(long ts) {
    for (Detector d : detectors) {
      try {
        d.advance(ts, sink);
      } catch (RuntimeException e) {
        throw new DetectorFailure(d.name(), "clock advance to " + Micros.iso(ts), e);
      }
    }
  }

  private static String describe(Event e) {
    return e.kind().logName() + " event uid " + e.uid() + " at " + Micros.iso(e.ts()) + " ("
        + e.id() + ")";
  }
}
