package io.wormbench.evaluation.scoring;

/** One point of a threshold sweep: counts of the alerts scoring at least {@code threshold}. */
public record ThresholdPoint(double threshold, HostCounts counts) {}
