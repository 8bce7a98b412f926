package io.wormbench.evaluation.spark;

import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.SeedTask;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of a Spark job seen from the driver: a line on stderr each time a task finishes
 * ({@code spark: 12/40 tasks done in 31 s, ETA 1 min 12 s}), retries counted, and the same
 * count fed to the command line's {@link Progress}. Wall-clock time paces these lines only;
 * it never reaches a result.
 */
final class TaskProgress extends SparkListener {
  private final int total;
  private final Progress progress;
  private final PrintStream err = System.err;
  private final long startNanos = System.nanoTime();
  private int done;
  private int failed;

  TaskProgress(List<SeedTask> tasks, Progress progress) {
    this.total = tasks.size();
    this.progress = progress;
    progress.start(total);
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    if (!end.taskInfo().successful()) {
      failed++;
      err.printf(Locale.ROOT, "spark: task %d failed (attempt %d)%n", end.taskInfo().index(),
          end.taskInfo().attemptNumber() + 1);
      return;
    }
    done++;
    progress.advance(1);
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    double eta = elapsed / done * (total - done);
    err.printf(Locale.ROOT, "spark: %d/%d tasks done in %s, ETA %s%s%n", done, total,
        duration(elapsed), duration(eta), failed == 0 ? "" : " (" + failed + " failed attempts)");
  }

  synchronized void done() {
    progress.done();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }
}
