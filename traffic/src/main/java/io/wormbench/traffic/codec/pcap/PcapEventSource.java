package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.file.CaptureReader;
import io.wormbench.traffic.codec.pcap.file.PacketHandler;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The events of a pcap or pcapng capture, decoded in pure Java, in non-decreasing time order:
 * Zeek-like Connection records and their protocol records (DNS, HTTP, TLS, SMB2/NTLM, DCE/RPC,
 * RDP, Stratum). Damaged or unsupported parts are skipped and listed in {@link #summary()};
 * only an unreadable file header raises a {@link CaptureException}.
 */
public final class PcapEventSource extends PacketEventSource {
  private final CaptureReader reader;

  private PcapEventSource(CaptureReader reader, SkipLog log, long hold) {
    super(log, hold);
    this.reader = reader;
  }

  /** Opens a capture; throws {@link CaptureException} naming the file when it is not one. */
  public static PcapEventSource open(Path path) {
    return open(path, io.wormbench.traffic.codec.pcap.flow.FlowAssembler.HOLD);
  }

  /**
   * Opens a capture whose flows open longer than {@code hold} are reported by an interim
   * record and an update (see FlowAssembler); the default is FlowAssembler.HOLD.
   */
  public static PcapEventSource open(Path path, long hold) {
    SkipLog log = new SkipLog();
    return new PcapEventSource(CaptureReader.open(path, log), log, hold);
  }

  @Override
  protected boolean nextPacket(PacketHandler handler) {
    try {
      return reader.next(handler);
    } catch (UncheckedIOException e) {
      log.add(0, "read error, capture ended early", e.getCause().getMessage());
      return false;
    }
  }

  @Override
  protected void closeInput() {
    reader.close();
  }

  /** What was read and skipped so far (complete once the source is exhausted). */
  public CaptureSummary summary() {
    return log.summary(reader.file(), reader.format(), reader.records(), flows.decoded());
  }
}
