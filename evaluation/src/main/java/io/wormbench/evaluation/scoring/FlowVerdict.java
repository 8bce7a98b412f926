package io.wormbench.evaluation.scoring;

/**
 * The flow-level verdict on an alert (SCORING.md "Flow level"): {@code TP} when the flow it
 * names belongs to an attack step, {@code FP} when it names a flow that does not, {@code NONE}
 * when it names no flow the scorer can resolve (no key, or a Community ID or 5-tuple without
 * labels to look it up in).
 */
public enum FlowVerdict {
  TP, FP, NONE
}
