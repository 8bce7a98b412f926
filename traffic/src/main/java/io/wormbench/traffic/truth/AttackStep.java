package io.wormbench.traffic.truth;

import java.io.Serializable;
import java.util.List;

/**
 * One step of an attack: a stage carried out by a source host against a target over a time
 * span, with the uids of the events it produced. {@code target} is an internal host, an
 * external address, or {@link io.wormbench.traffic.net.Ipv4#NONE} for a step with many targets.
 * The technique is one of its stage's {@link Technique}s, written as its ATT&CK id.
 */
public record AttackStep(int id, Stage stage, String technique, int source, int target,
    long start, long end, List<String> eventUids) implements Serializable {
  public AttackStep {
    eventUids = List.copyOf(eventUids);
    if (!stage.techniques().contains(technique)) {
      throw new IllegalArgumentException("technique '" + technique + "' is not one of "
          + stage + "'s (" + String.join(", ", stage.techniques()) + ")");
    }
    if (end < start) {
      throw new IllegalArgumentException("step " + id + " ends before it starts");
    }
  }

  /** The step's technique as a type. */
  public Technique attackTechnique() {
    return Technique.byId(technique).orElseThrow();
  }
}
