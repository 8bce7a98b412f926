package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.file.CaptureReader;
import io.wormbench.traffic.codec.pcap.flow.FlowAssembler;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * The events of a pcap or pcapng capture, decoded in pure Java, in non-decreasing time order:
 * Zeek-like Connection records and their protocol records (DNS, HTTP, TLS, SMB2/NTLM, DCE/RPC,
 * RDP, Stratum). Damaged or unsupported parts are skipped and listed in {@link #summary()};
 * only an unreadable file header raises a {@link CaptureException}.
 */
public final class PcapEventSource implements EventSource {
  private final CaptureReader reader;
  private final SkipLog log;
  private final FlowAssembler flows;
  private Event next;
  private boolean finished;

  private PcapEventSource(CaptureReader reader, SkipLog log) {
    this.reader = reader;
    this.log = log;
    this.flows = new FlowAssembler(log);
  }

  /** Opens a capture; throws {@link CaptureException} naming the file when it is not one. */
  public static PcapEventSource open(Path path) {
    SkipLog log = new SkipLog();
    return new PcapEventSource(CaptureReader.open(path, log), log);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (finished) {
        next = flows.drain();
        return next != null;
      }
      next = flows.poll();
      if (next != null) {
        return true;
      }
      boolean more;
      try {
        more = reader.next(flows);
      } catch (UncheckedIOException e) {
        log.add(0, "read error, capture ended early", e.getCause().getMessage());
        more = false;
      }
      if (!more) {
        flows.finish();
        finished = true;
        reader.close();
      }
    }
    return true;
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Event e = next;
    next = null;
    return e;
  }

  /** What was read and skipped so far (complete once the source is exhausted). */
  public CaptureSummary summary() {
    return log.summary(reader.file(), reader.format(), reader.records(), flows.decoded());
  }

  @Override
  public void close() {
    reader.close();
  }
}
