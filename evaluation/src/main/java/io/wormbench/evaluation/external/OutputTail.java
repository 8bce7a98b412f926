package io.wormbench.evaluation.external;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drains a process's output stream on its own thread, keeping only the last {@link #LIMIT}
 * bytes, so a chatty tool can neither block on a full pipe nor fill the heap.
 */
final class OutputTail {
  /** Bytes kept. */
  static final int LIMIT = 16 * 1024;

  private final byte[] ring = new byte[LIMIT];
  private long written;
  private final Thread thread;

  private OutputTail(InputStream in, String name) {
    thread = new Thread(() -> drain(in), name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts draining {@code in}. */
  static OutputTail of(InputStream in, String name) {
    return new OutputTail(in, name);
  }

  private void drain(InputStream in) {
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        synchronized (this) {
          for (int i = 0; i < n; i++) {
            ring[(int) (written++ % LIMIT)] = buf[i];
          }
        }
      }
    } catch (IOException e) {
      // the process was killed; what was read so far is the tail
    }
  }

  /** Waits for the stream's end (the process has exited or been killed). */
  void join() {
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted"));
    }
  }

  /** The kept bytes as text. */
  synchronized String text() {
    int n = (int) Math.min(written, LIMIT);
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = ring[(int) ((written - n + i) % LIMIT)];
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The last {@code lines} non-blank lines joined with " | ", at most 600 characters. */
  synchronized String lastLines(int lines) {
    List<String> all = text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> tail = new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
    String s = String.join(" | ", tail);
    return s.length() <= 600 ? s : "..." + s.substring(s.length() - 597);
  }
}
