package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.FlowKey;
import io.wormbench.traffic.codec.alert.ToolAlert;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow key of each alert object of a run, for the alerts that came from a tool naming
 * flows (an EVE file, a notice.log...). Keyed by identity, because two alerts of a tool can be
 * equal records about different flows' rows; Wormbench's own detectors name no flows.
 */
public final class AlertFlows {
  /** No alert names a flow. */
  public static final AlertFlows NONE = new AlertFlows(new IdentityHashMap<>());

  private final Map<Alert, FlowKey> keys;

  private AlertFlows(Map<Alert, FlowKey> keys) {
    this.keys = keys;
  }

  /** The alerts of {@code read} and their flow keys. */
  public static AlertFlows of(List<ToolAlert> read) {
    Map<Alert, FlowKey> m = new IdentityHashMap<>();
    for (ToolAlert t : read) {
      if (t.flow().present()) {
        m.put(t.alert(), t.flow());
      }
    }
    return new AlertFlows(m);
  }

  /** The bare alerts of {@code read}, in order. */
  public static List<Alert> alerts(List<ToolAlert> read) {
    List<Alert> out = new ArrayList<>(read.size());
    for (ToolAlert t : read) {
      out.add(t.alert());
    }
    return out;
  }

  /** The flow key of {@code alert}, {@link FlowKey#NONE} when it names none. */
  public FlowKey of(Alert alert) {
    return keys.getOrDefault(alert, FlowKey.NONE);
  }

  /** True when no alert names a flow. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }
}
