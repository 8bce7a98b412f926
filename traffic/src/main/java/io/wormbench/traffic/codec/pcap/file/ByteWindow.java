package io.wormbench.traffic.codec.pcap.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;

/**
 * A sliding window over a file backed by one reusable heap array, so record headers and packet
 * bytes are read in place with plain array access instead of per-record buffers.
 */
final class ByteWindow {
  private final FileChannel channel;
  private byte[] arr;
  /** File offset of {@code arr[0]}. */
  private long base;
  int pos;
  int lim;
  private boolean eof;
  private static final long MAP_SIZE = 256L << 20;
  private java.nio.MappedByteBuffer map;
  private long mapStart;

  ByteWindow(FileChannel channel, int size) {
    this.channel = channel;
    this.arr = new byte[size];
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
    } else {
      System.arraycopy(arr, pos, arr, 0, lim - pos);
    }
    base += pos;
    lim -= pos;
    pos = 0;
    try {
      while (lim < n) {
        int r = fill();
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

  /**
   * Copies the next bytes of the file into the array after {@code lim}. Reads through a memory
   * mapping: one copy from the page cache, where a channel read into a heap buffer makes two.
   */
  private int fill() throws IOException {
    long filePos = base + lim;
    if (map == null || filePos < mapStart || filePos >= mapStart + map.limit()) {
      long size = channel.size();
      if (filePos >= size) {
        return -1;
      }
      mapStart = filePos;
      map = channel.map(FileChannel.MapMode.READ_ONLY, filePos, Math.min(MAP_SIZE, size - filePos));
    }
    int at = (int) (filePos - mapStart);
    int k = Math.min(arr.length - lim, map.limit() - at);
    map.get(at, arr, lim, k);
    return k;
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
