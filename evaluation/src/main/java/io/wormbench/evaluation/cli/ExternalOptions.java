package io.wormbench.evaluation.cli;

import picocli.CommandLine.Option;

/**
 * Options of the commands that run a scenario's external detectors (picocli mixin). Their
 * traffic is written under the run folder's {@code external-input/} and deleted after each
 * seed unless kept.
 */
final class ExternalOptions {
  @Option(names = "--keep-external-input", description = "Keep the traffic written for external "
      + "detectors (and their output folders) under <out>/external-input/seed-<n>/.")
  boolean keep;
}
