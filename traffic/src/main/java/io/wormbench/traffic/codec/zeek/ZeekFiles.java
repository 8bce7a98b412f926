package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.Utf8Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** File handling shared by the Zeek readers: opening (gzip too), listing, format sniffing. */
final class ZeekFiles {
  private ZeekFiles() {}

  static BufferedReader open(Path file) {
    try {
      InputStream in = Utf8Reader.stream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new BufferedReader(new Utf8Reader(in, Texts.fileName(file)), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** "conn, dns, ..." for error messages. */
  static String knownLogs() {
    return Arrays.stream(ZeekLog.values()).map(ZeekLog::path).collect(Collectors.joining(", "));
  }

  /**
   * The logs Wormbench reads in {@code dir}, sorted by name so runs are deterministic; other
   * files (weird.log, files.log, x509.log...) are left out.
   */
  static List<Path> logsIn(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile)
          .filter(p -> isLogName(p.getFileName().toString()))
          .filter(p -> ZeekLog.ofFileName(p.getFileName().toString()).isPresent())
          .sorted()
          .forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static boolean isLogName(String name) {
    return name.endsWith(".log") || name.endsWith(".log.gz") || name.endsWith(".json")
        || name.endsWith(".json.gz");
  }

  /** True when the file's first non-blank character opens a JSON object. */
  static boolean isJson(Path file) {
    try (BufferedReader in = open(file)) {
      int c;
      while ((c = in.read()) >= 0) {
        if (!Character.isWhitespace(c)) {
          return c == '{';
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
