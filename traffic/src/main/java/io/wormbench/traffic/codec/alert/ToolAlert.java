package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import java.util.Objects;

/**
 * One alert read from a detector's output: the alert in Wormbench's terms, the flow it names
 * ({@link FlowKey#NONE} when it names none), and the line (or record) of the file it came
 * from, so that a later check (an alert outside the truth's time span) can name the row.
 */
public record ToolAlert(Alert alert, FlowKey flow, long line) {
  public ToolAlert {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(flow, "flow");
  }
}
