package io.wormbench.traffic.codec.pcap.file;

import io.wormbench.traffic.codec.pcap.CaptureException;
import io.wormbench.traffic.codec.pcap.SkipLog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Pure-Java reader of packet captures: classic libpcap files (either byte order, microsecond
 * or nanosecond magic) and pcapng (draft-ietf-opsawg-pcapng: SHB, IDB, EPB, SPB, obsolete PB,
 * several interfaces each with its if_tsresol and if_tsoffset). No native library is involved.
 * Damaged records are skipped with a note in the {@link SkipLog}; only an unreadable file header
 * is fatal ({@link CaptureException}).
 */
public abstract class CaptureReader implements AutoCloseable {
  static final int WINDOW = 4 << 20;
  final String file;
  final FileChannel channel;
  final ByteWindow w;
  final SkipLog log;
  long records;

  CaptureReader(String file, FileChannel channel, ByteWindow w, SkipLog log) {
    this.file = file;
    this.channel = channel;
    this.w = w;
    this.log = log;
  }

  /** Opens a capture, detecting the format from its magic number. */
  public static CaptureReader open(Path path, SkipLog log) {
    String file = path.toString();
    FileChannel ch;
    try {
      ch = FileChannel.open(path, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new CaptureException(file, 0, "cannot open: " + e.getClass().getSimpleName() + " "
          + e.getMessage());
    }
    try {
      ByteWindow w = new ByteWindow(ch, WINDOW);
      if (!w.ensure(4)) {
        throw new CaptureException(file, 0, "file too short to be a capture (" + w.available()
            + " bytes)");
      }
      int magic = w.le32(0);
      if (magic == 0x0A0D0D0A) {
        return new PcapngReader(file, ch, w, log);
      }
      return new ClassicPcapReader(file, ch, w, log, magic);
    } catch (RuntimeException e) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // already failing with a clearer message
      }
      if (e instanceof CaptureException) {
        throw e;
      }
      throw new CaptureException(file, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Reads the next packet record and hands it to {@code handler}; false at end of file. */
  public abstract boolean next(PacketHandler handler);

  /** Format description: pcap (byte order, resolution) or pcapng. */
  public abstract String format();

  /** Packet records read so far. */
  public long records() {
    return records;
  }

  /** The file as named when opened. */
  public String file() {
    return file;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing useful to do on close of a read-only channel
    }
  }
}
