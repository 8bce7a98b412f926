package io.wormbench.simulator.engine;

import io.wormbench.simulator.benign.Rhythm;
import io.wormbench.simulator.network.Network;
import io.wormbench.traffic.event.Event;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The state every action sees: the network, the agenda, the outgoing event buffer, uids,
 * quarantines and the run's time bounds. Single-threaded by design, like the detectors.
 */
public final class World {
  private final Network network;
  private final long start;
  private final long end;
  private final TimeHeap<Action> actions = new TimeHeap<>();
  private final TimeHeap<Event> events = new TimeHeap<>();
  private final Uids uids;
  private final Rhythm rhythm;
  private final TruthLog truth;
  private final java.util.Map<Integer, List<String>> answers = new java.util.HashMap<>();
  private final java.util.Set<String> cutUids = new java.util.HashSet<>();
  private long emitted;
  private Tally tally;
  private io.wormbench.simulator.benign.domain.DomainContext domain =
      io.wormbench.simulator.benign.domain.DomainContext.OFF;

  public World(Network network, long start, long end, SplittableRandom uidRandom, Rhythm rhythm,
      TruthLog truth) {
    this.network = network;
    this.start = start;
    this.end = end;
    this.uids = new Uids(uidRandom);
    this.rhythm = rhythm;
    this.truth = truth;
  }

  /** The office rhythm in the run's time zone. */
  public Rhythm rhythm() {
    return rhythm;
  }

  /** The Windows domain's run state (realm, ticket caches); OFF until the benign install. */
  public io.wormbench.simulator.benign.domain.DomainContext domain() {
    return domain;
  }

  /** Sets the Windows domain's run state. */
  public void domain(io.wormbench.simulator.benign.domain.DomainContext context) {
    this.domain = context;
  }

  /** The ground-truth channel. */
  public TruthLog truth() {
    return truth;
  }

  /** An exponential waiting time with mean {@code meanMicros}, at least one microsecond. */
  public static long exponential(SplittableRandom r, double meanMicros) {
    double v = -Math.log(1 - r.nextDouble()) * meanMicros;
    // Clamp so "never" rates (mean ~ infinity) cannot overflow a timestamp.
    return v >= 1e17 ? 100_000_000_000_000_000L : 1 + (long) v;
  }

  public Network network() {
    return network;
  }

  public long start() {
    return start;
  }

  public long end() {
    return end;
  }

  /** Schedules {@code action} at {@code at}; actions at or after the run's end never run. */
  public void schedule(long at, Action action) {
    if (at < end) {
      actions.add(at, action);
    }
  }

  /** Queues one event for hand-out; it must not be earlier than the running action's time. */
  public void emit(Event event) {
    // The run is [start, end): a protocol record that would land after the end is not seen.
    if (event.ts() < end) {
      events.add(event.ts(), clipped(event));
      emitted++;
      if (tally != null && event instanceof io.wormbench.traffic.event.Connection) {
        tally.uids.add(event.uid());
      }
    }
  }

  /**
   * Runs {@code body} and returns what it emitted: the event count and its connections' uids
   * (look-alikes record both in the truth). Tallies do not nest.
   */
  public Tally tallied(Runnable body) {
    if (tally != null) {
      throw new IllegalStateException("tallies do not nest");
    }
    Tally t = new Tally(emitted);
    tally = t;
    try {
      body.run();
    } finally {
      tally = null;
      t.close(emitted);
    }
    return t;
  }

  /**
   * A capture of [start, end) sees a connection's packets only up to the end, as Zeek logs a
   * session still open when its capture stops: a Connection outliving the run is cut there, so
   * its last packet (and any decoder's view of it) stays inside the run.
   */
  private Event clipped(Event event) {
    if (event instanceof io.wormbench.traffic.event.Connection c
        && c.duration() > end - 1 - c.ts()) {
      return new io.wormbench.traffic.event.Connection(c.ts(), c.uid(), c.id(), c.proto(),
          c.service(), end - 1 - c.ts(), c.origBytes(), c.respBytes(), c.origPkts(),
          c.respPkts(), c.state());
    }
    return event;
  }

  /** How many events have been emitted so far (look-alikes count their own events with it). */
  public long emitted() {
    return emitted;
  }

  /** A fresh connection uid. */
  public String uid() {
    return uids.next();
  }

  /** True when traffic between the addresses at {@code ts} is cut by a quarantine or the end. */
  public boolean blocked(int a, int b, long ts) {
    // Most runs never quarantine: skip the two address look-ups on the hot path.
    return ts >= end || network.anyQuarantine() && (quarantined(a, ts) || quarantined(b, ts));
  }

  /**
   * True when {@code event} falls to a quarantine set after it was generated; remembers a cut
   * connection's uid so the ground truth can leave it out.
   */
  boolean cutOff(Event event) {
    if (!network.anyQuarantine()) {
      return false;
    }
    io.wormbench.traffic.event.ConnId id = event.id();
    long ts = event.ts();
    if (quarantined(id.origH(), ts) || quarantined(id.respH(), ts)) {
      if (event instanceof io.wormbench.traffic.event.Connection) {
        cutUids.add(event.uid());
      }
      return true;
    }
    return false;
  }

  /** Uids of connections generated but cut by a later quarantine. */
  public java.util.Set<String> cutUids() {
    return cutUids;
  }

  /** The DNS answer list for {@code address}, formatted once per run and address. */
  public List<String> dnsAnswer(int address) {
    List<String> a = answers.get(address);
    if (a == null) {
      a = List.of(io.wormbench.traffic.net.Ipv4.format(address));
      answers.put(address, a);
    }
    return a;
  }

  private boolean quarantined(int address, long ts) {
    return network.internal(address) && network.host(address).quarantinedAt() <= ts;
  }

  TimeHeap<Action> actions() {
    return actions;
  }

  TimeHeap<Event> events() {
    return events;
  }
}
