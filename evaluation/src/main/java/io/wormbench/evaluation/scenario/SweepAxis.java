package io.wormbench.evaluation.scenario;

import io.wormbench.traffic.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a sweep grid: a parameter path into the scenario (simulator or detector part)
 * and the values it takes. Paths use dots and list indexes
 * ({@code attacks[0].bruteForce.attemptsPerMinute}); a detector may be picked by name
 * ({@code detectors[smb-brute-force].minFailures}). Several axes make a cartesian grid.
 *
 * <pre>
 * sweep:
 *   - parameter: attacks[0].bruteForce.attemptsPerMinute
 *     values: [1, 3, 10, 30]
 * </pre>
 */
public record SweepAxis(String parameter, List<String> values, int line) {
  public SweepAxis {
    values = List.copyOf(values);
  }

  /** Binds the top-level {@code sweep} list (one map, or a list of maps). */
  static List<SweepAxis> from(SpecNode root) {
    if (root.field("sweep").isEmpty()) {
      return List.of();
    }
    SpecNode s = root.field("sweep").orElseThrow();
    List<SpecNode> items = s.type() == SpecNode.Type.LIST ? s.items() : List.of(s);
    List<SweepAxis> out = new ArrayList<>();
    for (SpecNode item : items) {
      item.rejectUnknown(java.util.Set.of("parameter", "values"));
      String p = item.requiredString("parameter");
      if (!p.matches("[A-Za-z][\\w-]*(\\[[\\w.-]+\\])?(\\.[A-Za-z][\\w-]*(\\[[\\w.-]+\\])?)*")) {
        throw item.field("parameter").orElseThrow().error(
            "must be a path such as attacks[0].bruteForce.attemptsPerMinute, not '" + p + "'");
      }
      List<String> values = item.strings("values");
      if (values.isEmpty()) {
        throw item.error("missing field 'values' (a list of at least one value)");
      }
      out.add(new SweepAxis(p, values, item.line()));
    }
    return out;
  }
}
