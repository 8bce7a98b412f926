package io.wormbench.detectors;

import io.wormbench.traffic.alert.Alert;

/** Where detectors put their alerts. */
@FunctionalInterface
public interface AlertSink {
  /** Accepts one alert. */
  void emit(Alert alert);
}
