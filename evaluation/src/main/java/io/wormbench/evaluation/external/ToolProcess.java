package io.wormbench.evaluation.external;

import io.wormbench.traffic.spec.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One external detector process: started with {@link ProcessBuilder} (no shell) in the
 * directory Wormbench runs in, its stderr drained into a bounded {@link OutputTail}, its
 * environment the inherited one without any {@code WORMBENCH_} variable but
 * {@code WORMBENCH_SEED} and {@code WORMBENCH_LEARNING_END} (nothing names the truth), and
 * killed with its descendants when the time limit passes.
 */
final class ToolProcess {
  private final ExternalSpec spec;
  private final long seed;
  private final Process process;
  private final OutputTail stderr;
  private final long deadlineNanos;
  private volatile boolean timedOut;

  private ToolProcess(ExternalSpec spec, long seed, Process process) {
    this.spec = spec;
    this.seed = seed;
    this.process = process;
    this.stderr = OutputTail.of(process.getErrorStream(), "wormbench-" + spec.name() + "-stderr");
    this.deadlineNanos = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(spec.timeout());
    // A watchdog, so a tool that hangs without reading its stdin cannot stall a stream replay.
    Thread watchdog = new Thread(() -> {
      try {
        if (!process.waitFor(spec.timeout(), TimeUnit.MICROSECONDS)) {
          timedOut = true;
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wormbench-" + spec.name() + "-timeout");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** Starts {@code argv}; a program that cannot be started is an {@link ExternalFailure}. */
  static ToolProcess start(ExternalSpec spec, long seed, List<String> argv,
      Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(Path.of("").toAbsolutePath().toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("WORMBENCH_"));
    pb.environment().putAll(env);
    try {
      return new ToolProcess(spec, seed, pb.start());
    } catch (IOException e) {
      throw new ExternalFailure(spec.name(), seed, "cannot start '" + argv.get(0) + "': "
          + e.getMessage(), e);
    }
  }

  /** The process's stdin. */
  OutputStream stdin() {
    return process.getOutputStream();
  }

  /** The process's stdout. */
  InputStream stdout() {
    return process.getInputStream();
  }

  /**
   * Waits for the exit within the time limit; a timeout kills the tool, and a timeout or a
   * non-zero exit is an {@link ExternalFailure} with the exit code and the tail of stderr.
   */
  void awaitSuccess() {
    boolean exited;
    try {
      long left = deadlineNanos - System.nanoTime();
      exited = left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
      throw new ExternalFailure(spec.name(), seed, "interrupted");
    }
    if (!exited || timedOut) {
      timedOut = true;
      kill();
      stderr.join();
      throw fail("timed out after " + Durations.format(spec.timeout()) + " and was killed");
    }
    stderr.join();
    if (process.exitValue() != 0) {
      throw fail("exited with code " + process.exitValue());
    }
  }

  /** A failure naming {@code problem}, the tail of stderr appended. */
  ExternalFailure fail(String problem) {
    String tail = stderr.lastLines(5);
    return new ExternalFailure(spec.name(), seed, problem
        + (tail.isEmpty() ? "; stderr empty" : "; stderr: " + tail));
  }

  /** Kills the tool and everything it started. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Applies {@code f} to this process, killing it if {@code f} throws. */
  <T> T guard(Function<ToolProcess, T> f) {
    try {
      return f.apply(this);
    } catch (RuntimeException | Error e) {
      kill();
      throw e;
    }
  }
}
