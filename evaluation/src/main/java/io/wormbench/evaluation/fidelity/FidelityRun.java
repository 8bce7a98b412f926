package io.wormbench.evaluation.fidelity;

import java.util.Map;
import java.util.Optional;

/**
 * The scorecard statistics of one run (one seed of a scenario, one run folder or one Zeek log
 * folder).
 *
 * @param label how reports name the run ({@code seed-incident seed 1}, a folder name)
 * @param roles where host roles came from
 * @param zone the time zone of night, weekend and day statistics
 * @param events events read
 * @param connections conn records read
 * @param days days measured
 * @param values statistic id to value (NaN when not measurable), in registry order
 * @param artefacts the single-field artefact check, when the run has truth
 */
public record FidelityRun(String label, String roles, String zone, long events, long connections,
    double days, Map<String, Double> values, Optional<ArtefactResult> artefacts) {
  public FidelityRun {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }
}
