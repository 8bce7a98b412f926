package io.wormbench.simulator.engine;

/**
 * One scheduled piece of behaviour in the discrete-event simulation: it runs at its simulated
 * time, emits zero or more events at or after that time, and may schedule itself or others.
 */
@FunctionalInterface
public interface Action {
  /** Runs at simulated time {@code now} (microseconds). */
  void run(long now, World world);
}
