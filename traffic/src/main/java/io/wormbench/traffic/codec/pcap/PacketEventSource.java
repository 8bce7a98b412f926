package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.file.PacketHandler;
import io.wormbench.traffic.codec.pcap.flow.FlowAssembler;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.NoSuchElementException;

/**
 * The one pull loop from packets to events, shared by capture files and live interfaces: feed
 * packets to the {@link FlowAssembler} until it releases an event, and when the packets run
 * out finish every open flow and drain it. Subclasses only say where packets come from.
 */
public abstract class PacketEventSource implements EventSource {
  /** Where skipped input is noted. */
  protected final SkipLog log;
  /** The flow assembler and decoders every packet goes through. */
  protected final FlowAssembler flows;
  private Event next;
  private boolean finished;

  protected PacketEventSource(SkipLog log) {
    this(log, FlowAssembler.HOLD);
  }

  /** A source whose flow assembler reports long flows after {@code hold} (FlowAssembler). */
  protected PacketEventSource(SkipLog log, long hold) {
    this.log = log;
    this.flows = new FlowAssembler(log, hold);
  }

  /**
   * Hands the next packet to {@code handler} (a live source on a quiet link may instead move
   * the handler's clock, {@link PacketHandler#advance}); false when there are no more packets.
   */
  protected abstract boolean nextPacket(PacketHandler handler);

  /** Releases the packet input (file or handle); called once the packets run out, and by close. */
  protected abstract void closeInput();

  @Override
  public final boolean hasNext() {
    while (next == null) {
      if (finished) {
        next = flows.drain();
        return next != null;
      }
      next = flows.poll();
      if (next != null) {
        return true;
      }
      if (!nextPacket(flows)) {
        flows.finish();
        finished = true;
        closeInput();
      }
    }
    return true;
  }

  @Override
  public final Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Event e = next;
    next = null;
    return e;
  }

  @Override
  public void close() {
    closeInput();
  }
}
