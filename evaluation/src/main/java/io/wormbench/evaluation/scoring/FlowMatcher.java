package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.codec.alert.FlowKey;
import io.wormbench.traffic.codec.labels.FlowLabel;
import io.wormbench.traffic.codec.labels.LabelsCsv;
import io.wormbench.traffic.flow.CommunityId;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flow-level rule of SCORING.md "Flow level": an alert naming a flow is a flow-level true
 * positive only when that flow belongs to an attack step. A uid resolves through the truth
 * (the steps' event uids); a Community ID, or a 5-tuple (hashed to its Community ID, so
 * direction does not matter), resolves through the run's labels.csv, and only to an attack
 * flow that was live at the alert's time: started at most one second after it (clock skew
 * between tools) and ended at most the matching window before it. Only malicious rows of
 * labels.csv are held, so memory is bounded by the attack, not the run; a key that matches no
 * attack flow is a flow-level false positive.
 */
public final class FlowMatcher {
  /** Slack for a tool's clock running ahead of the flow start it reports. */
  static final long SKEW = Micros.SECOND;

  private final Map<String, Integer> stepOfUid = new HashMap<>();
  private final Map<String, List<FlowLabel>> attackFlows = new HashMap<>();
  private final Set<String> attackUids = new LinkedHashSet<>();
  private final boolean labelled;
  private final long window;

  /** A matcher from the truth's uids only: Community IDs and 5-tuples stay unresolved. */
  public FlowMatcher(GroundTruth truth, long matchingWindow) {
    this(truth, matchingWindow, List.of(), false);
  }

  private FlowMatcher(GroundTruth truth, long matchingWindow, List<FlowLabel> malicious,
      boolean labelled) {
    this.window = matchingWindow;
    this.labelled = labelled;
    for (AttackStep s : truth.steps()) {
      for (String uid : s.eventUids()) {
        stepOfUid.putIfAbsent(uid, s.id());
        attackUids.add(uid);
      }
    }
    for (FlowLabel l : malicious) {
      attackFlows.computeIfAbsent(l.communityId(), k -> new ArrayList<>()).add(l);
    }
  }

  /** A matcher that also resolves Community IDs and 5-tuples through {@code labelsCsv}. */
  public static FlowMatcher withLabels(GroundTruth truth, long matchingWindow, Path labelsCsv) {
    List<FlowLabel> malicious = new ArrayList<>();
    LabelsCsv.read(labelsCsv, l -> {
      if (l.malicious()) {
        malicious.add(l);
      }
    });
    return new FlowMatcher(truth, matchingWindow, malicious, true);
  }

  /** Distinct uids of attack flows in the truth: the denominator of flow recall. */
  public int attackFlows() {
    return attackUids.size();
  }

  /** True when {@code key} can be resolved at all (so it counts at flow level). */
  public boolean resolvable(FlowKey key) {
    return !key.uid().isEmpty() || labelled && (!key.communityId().isEmpty() || key.hasTuple());
  }

  /** The uid of the attack flow {@code key} names at {@code ts}, or empty. */
  public String attackUid(FlowKey key, long ts) {
    if (!key.uid().isEmpty()) {
      return stepOfUid.containsKey(key.uid()) ? key.uid() : "";
    }
    if (!labelled) {
      return "";
    }
    if (!key.communityId().isEmpty()) {
      return live(key.communityId(), ts);
    }
    if (key.hasTuple()) {
      int[] protos = key.proto() == 0 ? new int[] {6, 17} : new int[] {key.proto()};
      for (int p : protos) {
        String uid = live(CommunityId.of(CommunityId.DEFAULT_SEED, key.src(), key.sport(),
            key.dst(), key.dport(), p), ts);
        if (!uid.isEmpty()) {
          return uid;
        }
      }
    }
    return "";
  }

  /** The verdict on an alert at {@code ts} naming {@code key}. */
  public FlowVerdict verdict(FlowKey key, long ts) {
    if (!resolvable(key)) {
      return FlowVerdict.NONE;
    }
    return attackUid(key, ts).isEmpty() ? FlowVerdict.FP : FlowVerdict.TP;
  }

  private String live(String communityId, long ts) {
    FlowLabel best = null;
    for (FlowLabel l : attackFlows.getOrDefault(communityId, List.of())) {
      boolean started = l.ts() <= ts + SKEW;
      boolean notLong = ts <= l.ts() + l.duration() + window;
      if (started && notLong && (best == null || l.ts() > best.ts())) {
        best = l;
      }
    }
    return best == null ? "" : best.uid();
  }
}
