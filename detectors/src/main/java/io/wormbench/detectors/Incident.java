package io.wormbench.detectors;

import io.wormbench.traffic.truth.Stage;
import java.util.List;

/**
 * A group of alerts an analyst would handle as one case: hosts linked by lateral movement,
 * the detectors that fired, the kill-chain stages their ATT&CK techniques cover, the time
 * span and the highest score.
 *
 * @param id stable within a run: {@code INC-0001} is the incident that started first
 * @param hosts IPv4 addresses as int, ascending
 * @param detectors detector names, alphabetical
 * @param stages stages covered, in kill-chain order
 * @param first time of the first alert (micros)
 * @param last time of the last alert (micros)
 * @param maxScore highest alert score
 * @param alerts number of alerts grouped
 */
public record Incident(String id, List<Integer> hosts, List<String> detectors,
    List<Stage> stages, long first, long last, double maxScore, int alerts) {
  public Incident {
    hosts = List.copyOf(hosts);
    detectors = List.copyOf(detectors);
    stages = List.copyOf(stages);
  }
}
