package io.wormbench.traffic.codec.alert;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pull reader over one detector output file, one alert at a time, so a streaming consumer
 * (an external detector's stdout) and a batch one ({@code wormbench score}) share the codecs.
 * Records that are not alerts (Suricata's flow or stats events, nDPI flows without a risk) are
 * skipped; a malformed record fails with a {@link io.wormbench.traffic.codec.TrafficFormatException}
 * naming the file, line and field.
 */
public interface AlertReader extends AutoCloseable {
  /** The next alert, or empty at the end of the input. */
  Optional<ToolAlert> next();

  /** Alerts read but left out because Wormbench cannot score them (IPv6 flows). */
  default long skipped() {
    return 0;
  }

  /** Closes the underlying input. */
  @Override
  void close();

  /** Reads every remaining alert. */
  default List<ToolAlert> readAll() {
    List<ToolAlert> out = new ArrayList<>();
    for (Optional<ToolAlert> a = next(); a.isPresent(); a = next()) {
      out.add(a.get());
    }
    return out;
  }

  /** Opens a reader of one format; the constructor reference each {@link AlertFormat} holds. */
  @FunctionalInterface
  interface Factory {
    /** A reader over {@code in}; {@code source} names it in error messages. */
    AlertReader open(BufferedReader in, String source, AlertReadOptions options);
  }
}
