package io.wormbench.traffic.codec.labels;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.flow.CommunityId;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Labels connections from a run's truth: a uid listed by an attack step is malicious (the
 * first step listing it, in truth order, names it), a uid listed by a look-alike is benign
 * with that look-alike's kind, every other uid benign. Holds only the uids the truth lists
 * (attack and look-alike flows), never the run's connections, so labelling is a streaming pass
 * over any number of flows.
 */
public final class FlowLabeler {
  private final Map<String, AttackStep> steps = new HashMap<>();
  private final Map<String, String> lookalikes = new HashMap<>();

  /** A labeler over {@code truth}. */
  public FlowLabeler(GroundTruth truth) {
    for (AttackStep s : truth.steps()) {
      for (String uid : s.eventUids()) {
        steps.putIfAbsent(uid, s);
      }
    }
    for (BenignActivity b : truth.lookalikes()) {
      for (String uid : b.eventUids()) {
        lookalikes.putIfAbsent(uid, b.kind());
      }
    }
  }

  /** The label of {@code c}. */
  public FlowLabel label(Connection c) {
    AttackStep s = steps.get(c.uid());
    String cid = CommunityId.of(c);
    if (s != null) {
      return new FlowLabel(c.ts(), c.uid(), cid, c.proto(), c.id(), c.duration(), true, "",
          Optional.of(s.stage()), s.technique(), s.id());
    }
    return new FlowLabel(c.ts(), c.uid(), cid, c.proto(), c.id(), c.duration(), false,
        lookalikes.getOrDefault(c.uid(), ""), Optional.empty(), "", FlowLabel.NO_STEP);
  }

  /** The attack step that produced {@code uid}, if any. */
  public Optional<AttackStep> step(String uid) {
    return Optional.ofNullable(steps.get(uid));
  }

  /** The look-alike kind that produced {@code uid}, empty for none. */
  public String lookalike(String uid) {
    return lookalikes.getOrDefault(uid, "");
  }
}
