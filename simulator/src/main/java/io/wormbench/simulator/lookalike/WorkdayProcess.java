package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.World;
import io.wormbench.traffic.time.Micros;
import java.util.SplittableRandom;

/**
 * An organisation-wide Poisson process running in weekday working hours only, so that a rate
 * of {@code perDay} yields that many occurrences per working day on average: candidates arrive
 * at {@code perDay} per working-day length and those outside working hours are dropped.
 */
final class WorkdayProcess {
  /** What a workday look-alike supplies: its rate and one occurrence. */
  interface Spec {
    String kind();

    /** Expected occurrences per working day in this world (0 disables). */
    double perDay(World w);

    /** One occurrence at {@code now}. */
    void occur(long now, World w, SplittableRandom r);
  }

  private WorkdayProcess() {}

  /** The look-alike that runs {@code spec} as a workday Poisson process. */
  static Lookalike of(Spec spec) {
    return new Lookalike() {
      @Override
      public String kind() {
        return spec.kind();
      }

      @Override
      public void install(World w, SplittableRandom r) {
        double perDay = spec.perDay(w);
        if (perDay <= 0) {
          return;
        }
        double meanGap = w.rhythm().workingHoursPerDay() * Micros.HOUR / perDay;
        // The spec is shared by runs; a run's state lives in this action only.
        Action step = new Action() {
          @Override
          public void run(long now, World world) {
            if (world.rhythm().workingHours(now)) {
              spec.occur(now, world, r);
            }
            world.schedule(now + World.exponential(r, meanGap), this);
          }
        };
        w.schedule(w.start() + World.exponential(r, meanGap), step);
      }

      @Override
      public String toString() {
        return spec.toString();
      }
    };
  }
}
