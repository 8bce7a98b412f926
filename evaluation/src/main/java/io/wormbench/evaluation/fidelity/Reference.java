package io.wormbench.evaluation.fidelity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference file, bound and validated ({@link ReferenceFile}): a range per statistic id, the
 * reference distributions that the divergence statistics compare against (port-key mix, TCP
 * state mix, byte and duration quantile points), and the artefact check's ceilings.
 *
 * @param source the file name, for reports
 * @param ranges statistic id to range, in file order
 * @param portMix port-key label ({@code tcp/88}) to share, with {@link #OTHER} for the rest
 * @param tcpStates Zeek conn_state to share of TCP connections
 * @param bytes quantile points of orig+resp payload bytes
 * @param duration quantile points of duration, seconds
 * @param fieldAuc the ceiling on a single field's AUC (fields in {@code aucExempt} are shown
 *     but not judged)
 * @param treeAuc the ceiling on the cross-run decision tree's AUC
 */
public record Reference(String source, Map<String, ReferenceRange> ranges,
    Map<String, Double> portMix, Map<String, Double> tcpStates, List<QuantilePoint> bytes,
    List<QuantilePoint> duration, ReferenceRange fieldAuc, List<String> aucExempt,
    ReferenceRange treeAuc) {
  /** The key under which a mix pools everything it does not list. */
  public static final String OTHER = "other";

  public Reference {
    ranges = Map.copyOf(ranges);
    portMix = Map.copyOf(portMix);
    tcpStates = Map.copyOf(tcpStates);
    bytes = List.copyOf(bytes);
    duration = List.copyOf(duration);
    aucExempt = List.copyOf(aucExempt);
  }

  /** One point of a reference distribution: F(value) = q. */
  public record QuantilePoint(double q, double value) {}

  /** The range of statistic {@code id}, if the file gives one. */
  public Optional<ReferenceRange> range(String id) {
    return Optional.ofNullable(ranges.get(id));
  }
}
