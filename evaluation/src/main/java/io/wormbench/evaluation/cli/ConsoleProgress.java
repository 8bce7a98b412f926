package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr, drawn only when a console is attached and only once a run has
 * lasted two seconds, so short runs and redirected output stay clean. Wall-clock time here
 * paces the drawing only; it never reaches a result.
 */
final class ConsoleProgress implements Progress {
  private static final long DELAY_NANOS = 2_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintStream err;
  private final String label;
  private final AtomicLong done = new AtomicLong();
  private volatile long total = 1;
  private volatile long startNanos;
  private volatile long lastDraw;
  private volatile boolean drawn;

  private ConsoleProgress(PrintStream err, String label) {
    this.err = err;
    this.label = label;
  }

  /** A bar when stderr is a terminal, else no progress at all. */
  static Progress forConsole(String label) {
    return System.console() == null ? Progress.NONE : new ConsoleProgress(System.err, label);
  }

  @Override
  public void start(long total) {
    this.total = Math.max(1, total);
    this.startNanos = System.nanoTime();
  }

  @Override
  public void advance(long delta) {
    long d = done.addAndGet(delta);
    long now = System.nanoTime();
    if (now - startNanos < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    synchronized (this) {
      lastDraw = now;
      draw(d, now);
    }
  }

  private void draw(long d, long now) {
    double share = Math.min(1, (double) d / total);
    int width = 30;
    int fill = (int) Math.round(share * width);
    double elapsed = (now - startNanos) / 1e9;
    err.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%% %5.1fs", label, "#".repeat(fill),
        " ".repeat(width - fill), share * 100, elapsed);
    err.flush();
    drawn = true;
  }

  @Override
  public synchronized void done() {
    if (drawn) {
      draw(total, System.nanoTime());
      err.println();
    }
  }
}
