package io.wormbench.detectors;

import io.wormbench.traffic.spec.SpecNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Helpers for binding a detector's parameters from its entry in the scenario's
 * {@code detectors:} list. The entry also carries the detector's {@code name}, which every
 * binder must accept, so it lives here once rather than in each detector.
 */
public final class DetectorParams {
  /** Fields every detector entry may carry besides its own parameters. */
  public static final Set<String> COMMON = Set.of("name");

  private DetectorParams() {}

  /** Rejects fields that are neither common nor in {@code own}. */
  public static void rejectUnknown(SpecNode params, String... own) {
    Set<String> known = new HashSet<>(COMMON);
    known.addAll(List.of(own));
    params.rejectUnknown(known);
  }

  /** An empty parameter node: every parameter at its default. */
  public static SpecNode defaults(String detector) {
    return SpecNode.emptyMap("defaults", "detectors." + detector);
  }
}
