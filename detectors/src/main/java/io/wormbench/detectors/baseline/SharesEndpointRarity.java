package io.wormbench.detectors.baseline;

/**
 * A detector that reads {@link EndpointRarity}. Alone it keeps and feeds its own; when several
 * such detectors run in one {@link io.wormbench.detectors.DetectionEngine}, the engine gives
 * them one shared instance with the largest cap any of them needs and feeds it each event once,
 * before any detector sees the event, so the counts they read are the same as their own would
 * be (a count capped at a larger cap answers "at most n devices" identically for n below the
 * smaller cap), at a third of the cost for the three built-in users.
 */
public interface SharesEndpointRarity {
  /** The cap this detector's rarity questions need. */
  int rarityCap();

  /** From now on read {@code shared}, which the engine feeds; stop feeding the own one. */
  void useSharedRarity(EndpointRarity shared);
}
