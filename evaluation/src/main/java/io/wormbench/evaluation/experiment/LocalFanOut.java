package io.wormbench.evaluation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The default engine: a bounded pool of daemon threads in this JVM. Each task has its own
 * simulator and detectors and results are gathered in task order, so the outcome does not
 * depend on the thread count. Progress is reported in simulated time.
 */
public final class LocalFanOut implements FanOut {
  private final int threads;

  /** A pool of at most {@code threads} threads (at least one). */
  public LocalFanOut(int threads) {
    this.threads = Math.max(1, threads);
  }

  @Override
  public List<SeedRun> run(List<SeedTask> tasks, Progress progress) {
    progress.start(tasks.stream().mapToLong(SeedTask::span).sum());
    int pool = Math.max(1, Math.min(threads, tasks.size()));
    ExecutorService exec = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "wormbench-seed");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<SeedRun>> futures = new ArrayList<>();
      for (SeedTask task : tasks) {
        futures.add(exec.submit(() -> execute(task, progress)));
      }
      List<SeedRun> out = new ArrayList<>(tasks.size());
      for (Future<SeedRun> f : futures) {
        out.add(get(f));
      }
      progress.done();
      return out;
    } finally {
      exec.shutdownNow();
    }
  }

  private static SeedRun execute(SeedTask task, Progress progress) {
    long[] last = {task.start()};
    return task.execute(ts -> {
      progress.advance(ts - last[0]);
      last[0] = ts;
    });
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  @Override
  public String describe() {
    return "local (" + threads + " thread" + (threads == 1 ? "" : "s") + ")";
  }
}
