package io.wormbench.evaluation.cli;

import io.wormbench.traffic.codec.EventFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Completion candidates and help list for {@code --format} options: the ids of
 * {@link EventFormat}, so a new format shows up in shell completion without touching the CLI.
 */
final class EventFormatCandidates implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(EventFormat.values()).map(EventFormat::id).iterator();
  }

  /** The {@code simulate --format} values: every event format, and none. */
  static final class OrNone implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(Arrays.stream(EventFormat.values()).map(EventFormat::id),
          Stream.of("none")).iterator();
    }
  }
}
