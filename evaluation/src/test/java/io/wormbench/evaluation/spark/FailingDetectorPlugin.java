package io.wormbench.evaluation.spark;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorPlugin;
import io.wormbench.detectors.DetectorRegistry;
import io.wormbench.traffic.event.Event;

/**
 * A test plug-in (registered in this module's test META-INF/services) with a detector named
 * {@code always-throws} that throws on its thousandth event: a deterministic failure on every
 * attempt, as a buggy detector would be. Only scenarios that name it run it.
 */
public final class FailingDetectorPlugin implements DetectorPlugin {
  @Override
  public void register(DetectorRegistry registry) {
    registry.register("always-throws", params -> new Throwing());
  }

  private static final class Throwing implements Detector {
    private long seen;

    @Override
    public String name() {
      return "always-throws";
    }

    @Override
    public void observe(Event event, AlertSink alerts) {
      if (++seen == 1_000) {
        throw new IllegalStateException("boom at event 1000");
      }
    }
  }
}
