package io.wormbench.detectors;

import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.traffic.event.Event;

/**
 * State the engine owns and shares with its detectors: the alert sink and one
 * organisation-wide {@link EndpointRarity} baseline, created when the first detector asks for
 * it and fed each event once, before any detector sees that event. A detector takes what it
 * needs in {@link Detector#attach}; none keeps or feeds a copy of its own.
 */
public final class DetectionContext {
  private final AlertSink alerts;
  private EndpointRarity rarity;

  /** A context whose alerts go to {@code alerts}. */
  public DetectionContext(AlertSink alerts) {
    this.alerts = alerts;
  }

  /** Where alerts go. */
  public AlertSink alerts() {
    return alerts;
  }

  /** The shared endpoint-rarity baseline; the engine feeds it every event. */
  public EndpointRarity endpointRarity() {
    if (rarity == null) {
      rarity = new EndpointRarity(EndpointRarity.CAP);
    }
    return rarity;
  }

  /** Feeds shared baselines with {@code event}; called by the engine before the detectors. */
  void observe(Event event) {
    if (rarity != null) {
      rarity.observe(event);
    }
  }
}
