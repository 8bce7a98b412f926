package io.wormbench.evaluation.spark;

import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.SeedFailure;
import io.wormbench.evaluation.experiment.SeedRun;
import io.wormbench.evaluation.experiment.SeedTask;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Apache Spark engine: each (scenario, sweep point, seed) task is one Spark task in one
 * job (one partition per task, so a cluster spreads them over every executor), which binds
 * the scenario, simulates, runs the detectors and scores on the executor, and returns its
 * {@link SeedRun} to the driver by Java serialization. The driver aggregates exactly as the
 * local engine does ({@code Experiment}), so the summaries are byte-identical.
 *
 * <p>Failed tasks are retried by Spark ({@code spark.task.maxFailures}, 4 on a cluster; with a
 * {@code local[N]} master Spark does not retry, {@code local[N,F]} retries F-1 times). A task
 * that still fails, such as a detector that throws on every attempt, fails the job and this
 * call with one {@link SeedFailure} line naming the scenario, the seed and the cause; no
 * partial result is returned.
 */
public final class SparkFanOut implements FanOut {
  private final String master;

  /** An engine on {@code master}; empty means spark-submit's master, else {@code local[*]}. */
  public SparkFanOut(String master) {
    this.master = master;
  }

  /** Fails with NoClassDefFoundError when Spark is not on the class path. */
  public static void check() {
    SparkConf.class.getName();
  }

  @Override
  public List<SeedRun> run(List<SeedTask> tasks, Progress progress) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    SparkConf conf = new SparkConf().setAppName("wormbench")
        .setIfMissing("spark.ui.enabled", "false")
        .setIfMissing("spark.ui.showConsoleProgress", "false");
    if (!master.isEmpty()) {
      conf.setMaster(master);
    } else {
      conf.setIfMissing("spark.master", "local[*]");
    }
    TaskProgress listener = new TaskProgress(tasks, progress);
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      sc.sc().addSparkListener(listener);
      JavaRDD<SeedTask> rdd = sc.parallelize(tasks, tasks.size());
      List<SeedRun> out = rdd.map(SparkFanOut::execute).collect();
      listener.done();
      return out;
    } catch (Exception e) { // SparkException is checked in Java's eyes but thrown unchecked
      throw failure(e);
    }
  }

  /** The task body on an executor: the same one the local engine runs. */
  static SeedRun execute(SeedTask task) {
    return task.execute(ts -> { });
  }

  /**
   * The job's failure as one line: the task's own SeedFailure, as the exception Spark carried
   * back or, where it could not, as Spark quotes it in its message.
   */
  static RuntimeException failure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SeedFailure f) {
        return new SeedFailure(firstLine(f.getMessage()));
      }
      if (c instanceof io.wormbench.evaluation.external.ExternalFailure
          || io.wormbench.traffic.BadInput.is(c)) {
        return (RuntimeException) c;
      }
    }
    String m = String.valueOf(e.getMessage());
    String quoted = SeedFailure.class.getName() + ": ";
    int at = m.indexOf(quoted);
    if (at >= 0) {
      return new SeedFailure(firstLine(m.substring(at + quoted.length())));
    }
    return new SeedFailure("Spark job failed: " + firstLine(m));
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public boolean publishesUris() {
    return true;
  }

  /**
   * Copies {@code folder} to {@code uri} through Hadoop's FileSystem (whatever the cluster's
   * configuration reaches: a shared path, HDFS, S3): first beside the target under a hidden
   * temporary name, then renamed into place, the previous folder moved aside first and deleted
   * last, so readers see the old folder or the new one, never a mixture.
   */
  @Override
  public void publish(java.nio.file.Path folder, String uri) {
    try {
      Path target = new Path(uri);
      FileSystem fs = target.getFileSystem(new Configuration());
      Path parent = target.getParent();
      String stamp = Long.toString(System.nanoTime(), 36); // a unique name, never a result
      Path tmp = new Path(parent, "." + target.getName() + ".tmp-" + stamp);
      Path old = new Path(parent, "." + target.getName() + ".old-" + stamp);
      fs.mkdirs(parent);
      fs.copyFromLocalFile(false, true, new Path(folder.toUri()), tmp);
      boolean replaced = fs.exists(target);
      if (replaced && !fs.rename(target, old)) {
        throw new IOException("cannot move the previous " + target + " aside");
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("cannot rename " + tmp + " to " + target);
      }
      if (replaced) {
        fs.delete(old, true);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new java.io.UncheckedIOException(uri + ": cannot publish the run folder: "
          + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
    }
  }

  @Override
  public String describe() {
    return "spark " + (master.isEmpty() ? "(spark-submit's master)" : master);
  }
}
