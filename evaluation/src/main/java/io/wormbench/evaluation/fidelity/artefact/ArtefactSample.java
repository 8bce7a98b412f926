package io.wormbench.evaluation.fidelity.artefact;

import io.wormbench.evaluation.fidelity.BottomK;
import io.wormbench.evaluation.fidelity.UidHash;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled connections of one run for the artefact check: attack connections are those
 * whose uid an attack step of the truth lists (look-alikes are benign), each class a bottom-k
 * sample by seeded uid hash ({@link BottomK}), so memory is bounded and the sample does not
 * depend on event order.
 */
public final class ArtefactSample {
  /** Connections kept per class. */
  public static final int PER_CLASS = 50_000;
  private static final long SEED = UidHash.SEED ^ 0xA57EFAC7L;

  private final Set<String> attackUids = new HashSet<>();
  private final BottomK<ConnRow> attack;
  private final BottomK<ConnRow> benign;
  private final String label;

  /** A sample labelled by {@code truth}, keeping {@code perClass} rows of each class. */
  public ArtefactSample(String label, GroundTruth truth, int perClass) {
    this.label = label;
    for (AttackStep s : truth.steps()) {
      attackUids.addAll(s.eventUids());
    }
    attack = new BottomK<>(perClass);
    benign = new BottomK<>(perClass);
  }

  /** The run's name in reports (scenario and seed, or folder). */
  public String label() {
    return label;
  }

  /**
   * Offers one connection.
   *
   * @param external the endpoint whose address range is judged
   * @param hour the connection's local hour
   */
  public void offer(Connection c, int external, int hour) {
    long h = UidHash.of(c.uid(), SEED);
    BottomK<ConnRow> into = attackUids.contains(c.uid()) ? attack : benign;
    if (into.accepts(h)) {
      into.offer(h, ConnFields.row(c, external, hour, (int) (h & 1)));
    } else {
      into.skip();
    }
  }

  /** Attack connections seen. */
  public long attackSeen() {
    return attack.offered();
  }

  /** Benign connections seen. */
  public long benignSeen() {
    return benign.offered();
  }

  /** The sampled attack rows. */
  public List<ConnRow> attack() {
    return attack.items();
  }

  /** The sampled benign rows. */
  public List<ConnRow> benign() {
    return benign.items();
  }
}
