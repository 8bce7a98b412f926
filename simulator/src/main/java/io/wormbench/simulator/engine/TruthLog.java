package io.wormbench.simulator.engine;

import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The ground-truth channel while a run is in progress: attack steps and look-alikes are
 * appended as behaviours produce them, host timelines updated as hosts fall or are
 * quarantined. Kept apart from the event stream so detectors never see it.
 */
public final class TruthLog {
  /** An attack step still collecting event uids. */
  public static final class Step {
    private final Stage stage;
    private final String technique;
    private final int source;
    private final int target;
    private final long start;
    private long end;
    private final List<String> uids = new ArrayList<>();

    Step(Stage stage, String technique, int source, int target, long start) {
      this.stage = stage;
      this.technique = technique;
      this.source = source;
      this.target = target;
      this.start = start;
      this.end = start;
    }

    /** Adds an event uid produced at {@code ts} (ignores the empty uid of cut traffic). */
    public void add(String uid, long ts) {
      if (!uid.isEmpty()) {
        uids.add(uid);
        end = Math.max(end, ts);
      }
    }

    public int size() {
      return uids.size();
    }

    AttackStep build(int number) {
      return new AttackStep(number, stage, technique, source, target, start, Math.max(start, end),
          uids);
    }
  }

  /** A look-alike still counting its events. */
  public static final class Lookalike {
    private final String kind;
    private final int source;
    private final int target;
    private final long start;
    private long end;
    private long events;
    private final List<String> uids = new ArrayList<>();

    Lookalike(String kind, int source, int target, long start) {
      this.kind = kind;
      this.source = source;
      this.target = target;
      this.start = start;
      this.end = start;
    }

    /** Adds the events and connection uids of {@code t}, ending at {@code ts}. */
    public void add(Tally t, long ts) {
      events += t.events();
      uids.addAll(t.uids());
      end = Math.max(end, ts);
    }

    BenignActivity build() {
      return new BenignActivity(kind, source, target, start, end, (int) Math.min(events,
          Integer.MAX_VALUE), uids);
    }
  }

  private final List<Step> steps = new ArrayList<>();
  private final List<Lookalike> lookalikes = new ArrayList<>();
  private final TreeMap<Integer, long[]> timelines = new TreeMap<>();

  /** Opens a new attack step. */
  public Step step(Stage stage, String technique, int source, int target, long start) {
    Step s = new Step(stage, technique, source, target, start);
    steps.add(s);
    return s;
  }

  /** Opens a new look-alike record. */
  public Lookalike lookalike(String kind, int source, int target, long start) {
    Lookalike l = new Lookalike(kind, source, target, start);
    lookalikes.add(l);
    return l;
  }

  /** Records that the worm started running on {@code host}. */
  public void infected(int host, long at) {
    long[] t = timeline(host);
    t[0] = Math.min(t[0], at);
  }

  /** Records a malicious event sent by {@code host}. */
  public void malicious(int host, long at) {
    long[] t = timeline(host);
    t[1] = Math.min(t[1], at);
  }

  /** Records a quarantine. */
  public void quarantined(int host, long at) {
    long[] t = timeline(host);
    t[2] = Math.min(t[2], at);
  }

  private long[] timeline(int host) {
    return timelines.computeIfAbsent(host,
        h -> new long[] {HostTimeline.NEVER, HostTimeline.NEVER, HostTimeline.NEVER});
  }

  /**
   * Steps with at least one event, in the order they were opened, leaving out the uids of
   * connections a quarantine cut after they were generated.
   */
  public List<AttackStep> steps(java.util.Set<String> cut) {
    List<AttackStep> out = new ArrayList<>();
    for (Step s : steps) {
      if (!cut.isEmpty()) {
        s.uids.removeIf(cut::contains);
      }
      if (s.size() > 0) {
        out.add(s.build(out.size() + 1));
      }
    }
    return out;
  }

  public List<BenignActivity> lookalikes() {
    List<BenignActivity> out = new ArrayList<>();
    for (Lookalike l : lookalikes) {
      if (l.events > 0) {
        out.add(l.build());
      }
    }
    return out;
  }

  /** Timelines in host-address order. */
  public List<HostTimeline> timelines() {
    List<HostTimeline> out = new ArrayList<>();
    timelines.forEach((h, t) -> out.add(new HostTimeline(h, t[0], t[1], t[2])));
    return out;
  }
}
