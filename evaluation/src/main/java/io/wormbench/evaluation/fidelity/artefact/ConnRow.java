package io.wormbench.evaluation.fidelity.artefact;

/**
 * One sampled connection: its numeric and categorical field values in {@link ConnFields}
 * order, and its cross-fitting fold (from its uid hash).
 */
public record ConnRow(double[] numeric, String[] categorical, int fold) {}
