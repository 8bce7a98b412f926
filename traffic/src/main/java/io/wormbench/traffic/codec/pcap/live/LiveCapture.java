package io.wormbench.traffic.codec.pcap.live;

import io.wormbench.traffic.codec.pcap.CaptureSummary;
import io.wormbench.traffic.codec.pcap.PacketEventSource;
import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.file.PacketHandler;

/**
 * The events of live traffic on one interface, decoded by the same flow assembler and protocol
 * decoders as {@link io.wormbench.traffic.codec.pcap.PcapEventSource} (Zeek-like connections,
 * conn_state and DPD-chosen decoders), in non-decreasing time order. As in Zeek, a Connection
 * is emitted once its flow ends (FIN/RST, idle timeout, or the end of the capture) because it
 * carries the final byte counts and state, and a record is released only when no open flow
 * started earlier; on a quiet link idle timeouts run on the wall clock, so flows still end; the capture ends by itself at the bounds of its {@link LiveSettings}, after
 * which every open flow is finished and drained. {@link #hasNext()} blocks while it waits for
 * packets. Not thread-safe, except {@link #stop()}.
 */
public final class LiveCapture extends PacketEventSource {
  private final LiveSettings settings;
  private final LiveHandle handle;

  private LiveCapture(LiveSettings settings, SkipLog log, LiveHandle handle) {
    super(log);
    this.settings = settings;
    this.handle = handle;
  }

  /**
   * Starts capturing now (packets are buffered by the kernel from this call on, before the
   * first {@link #hasNext()}); throws a one-line {@link LiveCaptureException} when libpcap is
   * missing, the interface does not exist, capture is not permitted or the filter is invalid.
   */
  public static LiveCapture open(LiveSettings settings) {
    SkipLog log = new SkipLog();
    return new LiveCapture(settings, log, LiveHandle.open(settings, log));
  }

  @Override
  protected boolean nextPacket(PacketHandler handler) {
    return handle.next(handler);
  }

  @Override
  protected void closeInput() {
    handle.close();
  }

  /** Ends the capture before its next packet read (within a few ms); safe from any thread. */
  public void stop() {
    handle.stop();
  }

  /**
   * Packets captured and decoded and what was skipped; for a live capture a note's "byte"
   * position is the packet's number in the capture.
   */
  public CaptureSummary summary() {
    String filter = settings.filter().isEmpty() ? "" : ", filter '" + settings.filter() + "'";
    return log.summary("interface " + settings.iface(), "live " + handle.linkName() + " (link "
        + "type " + handle.linkType() + ")" + filter, handle.packets(), flows.decoded());
  }
}
