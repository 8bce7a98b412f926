package io.wormbench.traffic.codec.pcap.proto;

import java.util.Arrays;

/**
 * A growable byte buffer for one direction of a stream, with a skip counter so decoders can
 * pass over bulk data (file contents, HTTP bodies) without copying it.
 */
public final class StreamBuffer {
  byte[] buf = new byte[256];
  int len;
  /** Bytes still to discard as they arrive. */
  long skip;

  /** Appends data, first consuming any pending skip; returns how many bytes were skipped. */
  public long append(byte[] data, int off, int n) {
    long skipped = 0;
    if (skip > 0) {
      int s = (int) Math.min(skip, n);
      skip -= s;
      off += s;
      n -= s;
      skipped = s;
    }
    if (n > 0 && off >= 0 && off + n <= data.length) {
      if (len + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
      }
      System.arraycopy(data, off, buf, len, n);
      len += n;
    }
    return skipped;
  }

  /** Drops the first {@code n} bytes; beyond the buffered ones they are skipped on arrival. */
  public void consume(long n) {
    if (n >= len) {
      skip += n - len;
      len = 0;
    } else {
      System.arraycopy(buf, (int) n, buf, 0, len - (int) n);
      len -= (int) n;
    }
  }

  public byte[] array() {
    return buf;
  }

  public int length() {
    return len;
  }

  public long pendingSkip() {
    return skip;
  }

  public void clear() {
    len = 0;
    skip = 0;
  }

  /** Index of the first {@code \n} at or after {@code from}, or -1. */
  public int indexOfNewline(int from) {
    for (int i = from; i < len; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
