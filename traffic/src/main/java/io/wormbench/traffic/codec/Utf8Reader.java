package io.wormbench.traffic.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A strict UTF-8 (RFC 3629) reader that knows where it is: a malformed or truncated byte
 * sequence fails with a {@link TrafficFormatException} naming the file, the line and the byte
 * offset, instead of the JDK's bare "MalformedInputException: Input length = 1" (and instead of
 * silently becoming U+FFFD, as an {@code InputStreamReader} would do). Every text reader of
 * Wormbench (events, Zeek logs, alerts, truth, scenario YAML) opens its files through
 * {@link #open(Path)} so bad UTF-8 reads the same everywhere.
 */
public final class Utf8Reader extends Reader {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer spare = CharBuffer.allocate(2).flip();
  /** Bytes of the input before {@code bytes}' first byte. */
  private long consumed;
  private long line = 1;
  private boolean eof;
  private boolean flushed;

  /** Decodes {@code in}; {@code source} names it in messages. */
  public Utf8Reader(InputStream in, String source) {
    this.in = in;
    this.source = source;
  }

  /** A buffered strict reader on {@code file}, named by its file name in messages. */
  public static BufferedReader open(Path file) {
    return new BufferedReader(new Utf8Reader(stream(file), Texts.fileName(file)), BUFFER);
  }

  /** Opens {@code file} for reading, failing with one line that names it. */
  public static InputStream stream(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The whole of {@code file} as text. */
  public static String readString(Path file) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[BUFFER];
    try (Reader r = open(file)) {
      int n;
      while ((n = r.read(buf)) >= 0) {
        b.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return b.toString();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (spare.hasRemaining()) {
      cbuf[off] = spare.get();
      return counted(cbuf, off, 1);
    }
    if (len < 2) {
      // A supplementary character needs two chars: decode into the spare pair, hand out one.
      spare.clear();
      int n = decodeInto(spare);
      spare.flip();
      if (n < 0) {
        return -1;
      }
      cbuf[off] = spare.get();
      return counted(cbuf, off, 1);
    }
    int n = decodeInto(CharBuffer.wrap(cbuf, off, len));
    return n < 0 ? -1 : counted(cbuf, off, n);
  }

  /** Decodes at least one char into {@code out}, or returns -1 at the end of the input. */
  private int decodeInto(CharBuffer out) throws IOException {
    int start = out.position();
    if (flushed) {
      return -1;
    }
    while (true) {
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      consumed += bytes.position() - before;
      if (r.isError()) {
        throw malformed(out, start);
      }
      if (out.position() > start) {
        return out.position() - start;
      }
      if (eof) {
        decoder.flush(out);
        // The decoder may not be called again once flushed: every later read is the end.
        flushed = true;
        return out.position() > start ? out.position() - start : -1;
      }
      if (r.isUnderflow()) {
        refill();
      }
    }
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private TrafficFormatException malformed(CharBuffer out, int start) {
    long at = line;
    for (int i = start; i < out.position(); i++) {
      if (out.get(i) == '\n') {
        at++;
      }
    }
    return new TrafficFormatException(source, at, "", "invalid UTF-8 at byte offset " + consumed);
  }

  private int counted(char[] cbuf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (cbuf[i] == '\n') {
        line++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
