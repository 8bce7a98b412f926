package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.experiment.LocalFanOut;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The fan-out options shared by {@code run} and {@code benchmark}: where the (scenario, sweep
 * point, seed) tasks run. The local thread pool is the default; {@code --engine spark} loads
 * the Spark engine reflectively, so nothing of Spark is touched, or needed on the class path,
 * unless it is asked for.
 */
final class EngineOptions {
  /** The engines. */
  enum Engine { local, spark }

  /** The Spark engine class, compiled against Spark as a provided dependency. */
  static final String SPARK_ENGINE = "io.wormbench.evaluation.spark.SparkFanOut";

  @Mixin
  ThreadsOption threads;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "Where seeds run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "Results are byte-identical either way.")
  Engine engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL, e.g. local[2] or spark://host:7077 (default: the "
          + "spark.master of spark-submit, else local[*]). Only with --engine spark.")
  String master;

  /** The engine the options ask for; bad combinations fail with one line. */
  FanOut create() {
    int pool = threads.resolve();
    if (engine == Engine.local) {
      if (master != null) {
        throw new BadInputException("--master goes with --engine spark");
      }
      return new LocalFanOut(pool);
    }
    if (threads.threads > 0) {
      throw new BadInputException("--threads is for the local engine; Spark's parallelism "
          + "comes from --master (local[N]) or the cluster's executors");
    }
    return spark(master == null ? "" : master);
  }

  private static FanOut spark(String master) {
    Class<?> type;
    try {
      type = Class.forName(SPARK_ENGINE);
      type.getMethod("check").invoke(null);
    } catch (ClassNotFoundException | NoClassDefFoundError | InvocationTargetException e) {
      throw new BadInputException("--engine spark needs Apache Spark on the class path: run "
          + "it through ./wormbench (which adds the Spark jars Maven resolved) or spark-submit "
          + "(see README, 'Scale-out on Apache Spark')");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + SPARK_ENGINE + ": " + e, e);
    }
    try {
      return (FanOut) type.getConstructor(String.class).newInstance(master);
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot start Spark: " + c, c);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + SPARK_ENGINE + ": " + e, e);
    }
  }
}
