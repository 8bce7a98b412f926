package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.fidelity.artefact.ArtefactSample;
import io.wormbench.evaluation.fidelity.artefact.FieldAuc;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measures one event stream: a single streaming pass feeds the {@link Tallies} and, when truth
 * is given, the labelled {@link ArtefactSample}; then every registered statistic is computed.
 * Nothing but bounded tallies and samples is kept, so a week of a campus costs memory in hosts
 * and ports, not events.
 */
public final class Fidelity {
  private Fidelity() {}

  /** A measured run with its labelled sample (empty without truth) for the tree check. */
  public record Measurement(FidelityRun run, Optional<ArtefactSample> sample) {}

  /**
   * Measures {@code events} (closed here).
   *
   * @param truth the run's ground truth, or empty for a capture
   * @param zone the local time zone of the network
   */
  public static Measurement measure(String label, EventSource events, Optional<GroundTruth> truth,
      ZoneId zone, Reference reference) {
    return measure(label, events, truth, zone, reference, ArtefactSample.PER_CLASS);
  }

  /** As {@link #measure(String, EventSource, Optional, ZoneId, Reference)}, sample size given. */
  public static Measurement measure(String label, EventSource events, Optional<GroundTruth> truth,
      ZoneId zone, Reference reference, int perClass) {
    Roles roles = truth.map(Roles::of).orElseGet(Roles::heuristic);
    Tallies t = new Tallies(roles, zone);
    truth.ifPresent(g -> t.span(g.start(), g.end()));
    ArtefactSample sample = truth.map(g -> new ArtefactSample(label, g, perClass)).orElse(null);
    long n = 0;
    try (events) {
      while (events.hasNext()) {
        Event e = events.next();
        t.accept(e);
        n++;
        if (sample != null && e instanceof Connection c) {
          int external = roles.local(c.id().respH()) && !roles.local(c.id().origH())
              ? c.id().origH() : c.id().respH();
          sample.offer(c, external, t.clock.hour(c.ts()));
        }
      }
    }
    t.finish();
    Measured m = new Measured(t);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Statistic s : FidelityStatistics.all()) {
      values.put(s.id(), s.value(m, reference));
    }
    Optional<ArtefactResult> art = Optional.ofNullable(sample).map(s -> {
      var attack = s.attack();
      var benign = s.benign();
      return new ArtefactResult(s.attackSeen(), s.benignSeen(), attack.size(), benign.size(),
          FieldAuc.of(attack, benign));
    });
    FidelityRun run = new FidelityRun(label, roles.describe(), zone.getId(), n, t.conns,
        t.days(), values, art);
    return new Measurement(run, Optional.ofNullable(sample));
  }
}
