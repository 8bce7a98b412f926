package io.wormbench.traffic.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Format detection for {@link EventFormat#detect(Path)}: extensions first, then the first line
 * of the file for the names several formats share ({@code .log}, {@code .json}, {@code .gz}).
 */
final class FormatSniffer {
  private FormatSniffer() {}

  static Optional<EventFormat> detect(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        return s.filter(Files::isRegularFile)
            .filter(p -> isZeekLogName(p.getFileName().toString()))
            .sorted()
            .findFirst()
            .map(p -> sniff(p).filter(f -> f != EventFormat.JSONL).orElse(EventFormat.ZEEK_TSV));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".log") || name.endsWith(".json") || name.endsWith(".gz")) {
      return sniff(path);
    }
    return EventFormat.ofExtension(path);
  }

  private static boolean isZeekLogName(String name) {
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    return (name.endsWith(".log") || name.endsWith(".log.gz") || name.endsWith(".json"))
        && java.util.Arrays.stream(io.wormbench.traffic.codec.zeek.ZeekLog.values())
            .anyMatch(l -> l.path().equals(stem));
  }

  /** Judges a file by its first non-blank line. */
  private static Optional<EventFormat> sniff(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw,
            StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (t.startsWith("#")) {
          return Optional.of(EventFormat.ZEEK_TSV);
        }
        if (t.startsWith("{")) {
          return Optional.of(t.startsWith("{\"kind\":") ? EventFormat.JSONL
              : EventFormat.ZEEK_JSON);
        }
        return Optional.empty();
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
