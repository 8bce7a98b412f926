package io.wormbench.evaluation.replay;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.Serializable;
import java.util.List;

/** One replayed run: its seed, the alerts in raise order, the truth and the event count. */
public record RunResult(long seed, List<Alert> alerts, GroundTruth truth, long events)
    implements Serializable {
  public RunResult {
    alerts = List.copyOf(alerts);
  }
}
