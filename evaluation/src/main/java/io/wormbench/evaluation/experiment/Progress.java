package io.wormbench.evaluation.experiment;

/**
 * Progress of a long run in units of simulated time; thread-safe. The command line draws it
 * as a bar on stderr when a console is attached; elsewhere it is {@link #NONE}.
 */
public interface Progress {
  /** Nothing is reported. */
  Progress NONE = new Progress() {
    @Override
    public void start(long total) {}

    @Override
    public void advance(long delta) {}

    @Override
    public void done() {}
  };

  /** The total amount of work. */
  void start(long total);

  /** Some work was done. */
  void advance(long delta);

  /** All work is done. */
  void done();
}
