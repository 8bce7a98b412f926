package io.wormbench.evaluation.fidelity;

import java.util.Map;

/**
 * The single-field artefact check of one run (see
 * {@link io.wormbench.evaluation.fidelity.artefact.FieldAuc}).
 *
 * @param attackSeen attack connections in the run (uids of truth steps)
 * @param benignSeen benign connections in the run
 * @param attackSampled attack connections in the bounded sample
 * @param benignSampled benign connections in the bounded sample
 * @param fieldAuc field name to AUC, in field order
 */
public record ArtefactResult(long attackSeen, long benignSeen, int attackSampled,
    int benignSampled, Map<String, Double> fieldAuc) {
  public ArtefactResult {
    fieldAuc = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldAuc));
  }
}
