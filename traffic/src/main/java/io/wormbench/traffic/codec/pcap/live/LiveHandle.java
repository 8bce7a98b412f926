package io.wormbench.traffic.codec.pcap.live;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.file.PacketHandler;
import io.wormbench.traffic.codec.pcap.live.LiveCaptureException.Reason;
import java.io.EOFException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;
import org.pcap4j.core.Pcaps;

/**
 * The libpcap side of a live capture (pcap_create/pcap_activate, pcap_setfilter, pcap_next_ex,
 * as documented in pcap(3PCAP)), through Pcap4J's raw-packet calls so no Pcap4J dissection
 * runs: each packet's bytes, capture time and wire length go straight to a
 * {@link PacketHandler}, exactly as the file readers hand them over. The handle is in
 * non-blocking mode and an empty read sleeps {@link #IDLE_SLEEP_MS} ms: pcap(3PCAP) warns that
 * the read timeout is not guaranteed to return when no packet arrives (on Linux pcap_next_ex
 * indeed blocks on a quiet interface), and the wall-clock bound and {@link #stop()} must be
 * honoured even then.
 */
final class LiveHandle implements AutoCloseable {
  static final int READ_TIMEOUT_MS = 100;
  static final int IDLE_SLEEP_MS = 5;
  static final String READ_ERROR = "read error, capture ended early";
  /**
   * On a quiet link the flow clock follows the wall clock, this far behind it so that a packet
   * the kernel stamped just before is still in order when it is delivered.
   */
  static final long QUIET_LAG_MICROS = 1_000_000;
  /** How often, at most, a quiet link moves the flow clock. */
  static final long QUIET_TICK_NANOS = 100_000_000;

  private final PcapHandle handle;
  private final int linkType;
  private final String linkName;
  private final long maxPackets;
  private final long deadlineNanos;
  /** The deadline on the kernel's packet clock: packets stamped before it still count. */
  private final long deadlineWallMicros;
  private final SkipLog log;
  private volatile boolean stopped;
  private long packets;
  private long lastActivityNanos = System.nanoTime();

  private LiveHandle(PcapHandle handle, LiveSettings s, SkipLog log) {
    this.handle = handle;
    this.linkType = handle.getDlt().value();
    this.linkName = handle.getDlt().name();
    this.maxPackets = s.maxPackets() == 0 ? Long.MAX_VALUE : s.maxPackets();
    // Live capture is the one place a wall clock decides anything: the run is bounded in real
    // time by the user's choice, never by simulated time.
    long bound = Math.min(s.maxMicros(), Long.MAX_VALUE / 2_000);
    this.deadlineNanos = s.maxMicros() == 0 ? Long.MAX_VALUE : System.nanoTime() + bound * 1_000;
    this.deadlineWallMicros = s.maxMicros() == 0 ? Long.MAX_VALUE
        : System.currentTimeMillis() * 1_000 + bound;
    this.log = log;
  }

  /** Opens and activates the interface; one-line {@link LiveCaptureException} on failure. */
  static LiveHandle open(LiveSettings s, SkipLog log) {
    List<PcapNetworkInterface> devs;
    try {
      devs = Pcaps.findAllDevs();
    } catch (LinkageError e) {
      // JNA could not load libpcap (UnsatisfiedLinkError, or NoClassDefFoundError on retry)
      throw new LiveCaptureException(Reason.NO_LIBPCAP, "libpcap is not installed or cannot be "
          + "loaded (Debian: apt-get install libpcap0.8); reading and writing capture files "
          + "needs no native library");
    } catch (PcapNativeException e) {
      throw new LiveCaptureException(classify(e.getMessage()), "cannot list interfaces: "
          + oneLine(e.getMessage()));
    }
    if (devs.stream().noneMatch(d -> d.getName().equals(s.iface()))) {
      throw new LiveCaptureException(Reason.NO_INTERFACE, "interface '" + s.iface()
          + "' not found (available: " + devs.stream().map(PcapNetworkInterface::getName)
              .collect(Collectors.joining(", ")) + ")");
    }
    PcapHandle h;
    try {
      h = new PcapHandle.Builder(s.iface()).snaplen(s.snaplen())
          .promiscuousMode(PromiscuousMode.NONPROMISCUOUS).timeoutMillis(READ_TIMEOUT_MS)
          .build();
    } catch (PcapNativeException e) {
      Reason r = classify(e.getMessage());
      throw new LiveCaptureException(r, (r == Reason.PERMISSION
          ? "no permission to capture on '" + s.iface() + "' (run as root or grant the java "
              + "binary CAP_NET_RAW and CAP_NET_ADMIN): "
          : "cannot open '" + s.iface() + "': ") + oneLine(e.getMessage()));
    }
    try {
      h.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
    } catch (PcapNativeException | NotOpenException e) {
      h.close();
      throw new LiveCaptureException(Reason.OTHER, "cannot read '" + s.iface()
          + "' without blocking: " + oneLine(e.getMessage()));
    }
    if (!s.filter().isEmpty()) {
      try {
        h.setFilter(s.filter(), BpfCompileMode.OPTIMIZE);
      } catch (PcapNativeException | NotOpenException e) {
        h.close();
        throw new LiveCaptureException(Reason.BAD_FILTER, "bad filter '" + s.filter() + "': "
            + oneLine(String.valueOf(e.getMessage())));
      }
    }
    return new LiveHandle(h, s, log);
  }

  private static Reason classify(String message) {
    String m = String.valueOf(message).toLowerCase(Locale.ROOT);
    return m.contains("permission") || m.contains("not permitted") ? Reason.PERMISSION
        : m.contains("no such device") ? Reason.NO_INTERFACE : Reason.OTHER;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  /**
   * Waits for the next packet and hands it to {@code handler}, or, after a tenth of a second
   * with none, moves the handler's clock to the wall clock less {@link #QUIET_LAG_MICROS} so
   * idle flows expire on a quiet link (packet times are the kernel's wall clock too); false
   * once a bound is reached, {@link #stop()} was called, or the interface failed (noted in the
   * skip log). Past the time bound, packets captured before it are still delivered.
   */
  boolean next(PacketHandler handler) {
    while (!stopped && packets < maxPackets) {
      // Past the deadline the packets the kernel already holds from before it are still read
      // (a busy reader must not lose them); the first quiet read or later packet ends it.
      boolean draining = System.nanoTime() - deadlineNanos >= 0;
      byte[] raw;
      try {
        raw = handle.getNextRawPacketEx();
      } catch (TimeoutException e) {
        if (draining) {
          return false;
        }
        idle();
        long t = System.nanoTime();
        if (t - lastActivityNanos >= QUIET_TICK_NANOS) {
          lastActivityNanos = t;
          handler.advance(System.currentTimeMillis() * 1_000 - QUIET_LAG_MICROS);
          return true;
        }
        continue;
      } catch (EOFException e) {
        return false;
      } catch (PcapNativeException | NotOpenException e) {
        log.add(packets, READ_ERROR, oneLine(e.getMessage()));
        return false;
      }
      long ts = micros(handle.getTimestamp());
      if (draining && ts >= deadlineWallMicros) {
        return false;
      }
      packets++;
      lastActivityNanos = System.nanoTime();
      Integer wire = handle.getOriginalLength();
      // the record number stands where a file reader puts the byte offset of the record
      handler.packet(ts, raw, 0, raw.length,
          wire == null ? raw.length : wire, linkType, packets);
      return true;
    }
    return false;
  }

  private void idle() {
    try {
      Thread.sleep(IDLE_SLEEP_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  static long micros(Timestamp t) {
    return Math.floorDiv(t.getTime(), 1000) * 1_000_000 + t.getNanos() / 1000;
  }

  /** Asks the capture to end before its next read; safe from any thread. */
  void stop() {
    stopped = true;
  }

  long packets() {
    return packets;
  }

  int linkType() {
    return linkType;
  }

  String linkName() {
    return linkName;
  }

  @Override
  public void close() {
    if (handle.isOpen()) {
      handle.close();
    }
  }
}
