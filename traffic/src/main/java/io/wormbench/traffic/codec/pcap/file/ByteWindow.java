package io.wormbench.traffic.codec.pcap.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A sliding window over a file channel backed by one reusable heap array, so record headers and
 * packet bytes are read in place with plain array access instead of per-record buffers.
 */
final class ByteWindow {
  private final FileChannel channel;
  private byte[] arr;
  private ByteBuffer bb;
  /** File offset of {@code arr[0]}. */
  private long base;
  int pos;
  int lim;
  private boolean eof;

  ByteWindow(FileChannel channel, int size) {
    this.channel = channel;
    this.arr = new byte[size];
    this.bb = ByteBuffer.wrap(arr);
  }

  byte[] array() {
    return arr;
  }

  /** File offset of the current position. */
  long offset() {
    return base + pos;
  }

  int available() {
    return lim - pos;
  }

  /** Makes {@code n} bytes available from {@code pos}; false when the file ends first. */
  boolean ensure(int n) {
    if (lim - pos >= n) {
      return true;
    }
    if (eof) {
      return false;
    }
    if (n > arr.length) {
      byte[] bigger = new byte[Math.max(n, arr.length * 2)];
      System.arraycopy(arr, pos, bigger, 0, lim - pos);
      arr = bigger;
      bb = ByteBuffer.wrap(arr);
    } else {
      System.arraycopy(arr, pos, arr, 0, lim - pos);
    }
    base += pos;
    lim -= pos;
    pos = 0;
    try {
      while (lim < n) {
        bb.limit(arr.length).position(lim);
        int r = channel.read(bb);
        if (r < 0) {
          eof = true;
          return false;
        }
        lim += r;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** Advances by {@code n}, which may run past the window (the gap is skipped on refill). */
  void skip(long n) {
    long inWindow = Math.min(n, lim - pos);
    pos += (int) inWindow;
    long rest = n - inWindow;
    if (rest > 0) {
      base += lim + rest;
      pos = 0;
      lim = 0;
      try {
        channel.position(base);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  int le32(int p) {
    return (arr[p] & 0xff) | (arr[p + 1] & 0xff) << 8 | (arr[p + 2] & 0xff) << 16 | arr[p + 3] << 24;
  }

  int be32(int p) {
    return arr[p] << 24 | (arr[p + 1] & 0xff) << 16 | (arr[p + 2] & 0xff) << 8 | (arr[p + 3] & 0xff);
  }

  int le16(int p) {
    return (arr[p] & 0xff) | (arr[p + 1] & 0xff) << 8;
  }

  int be16(int p) {
    return (arr[p] & 0xff) << 8 | (arr[p + 1] & 0xff);
  }
}
