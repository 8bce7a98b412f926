package io.wormbench.evaluation.experiment;

import java.util.List;

/**
 * Where the (scenario, sweep point, seed) tasks of an experiment run: the local thread pool by
 * default ({@link LocalFanOut}), or Apache Spark when asked ({@code --engine spark}). An engine
 * only executes tasks; aggregation over seeds is one code path ({@link Experiment}), so every
 * engine gives byte-identical summaries for the same tasks.
 */
public interface FanOut {
  /**
   * Runs every task and returns the results in task order. The first task that fails fails
   * the whole call with a {@link SeedFailure}; no partial result is returned.
   */
  List<SeedRun> run(List<SeedTask> tasks, Progress progress);

  /** A short name for messages: {@code local (2 threads)}, {@code spark local[2]}. */
  String describe();

  /** True when {@link #publish} can write to URIs (a distributed file system). */
  default boolean publishesUris() {
    return false;
  }

  /**
   * Copies the finished local {@code folder} to {@code uri} in one step: the folder appears
   * there complete or not at all, replacing what was there.
   */
  default void publish(java.nio.file.Path folder, String uri) {
    throw new UnsupportedOperationException(describe() + " cannot write to " + uri);
  }
}
