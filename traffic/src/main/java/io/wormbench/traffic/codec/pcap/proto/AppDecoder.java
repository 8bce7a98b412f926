package io.wormbench.traffic.codec.pcap.proto;

/**
 * An application-protocol decoder fed the in-order bytes of each direction of one TCP
 * connection (or each UDP datagram). Decoders keep their own per-direction buffers and emit
 * event records through the {@link FlowContext}; they must tolerate any bytes without throwing.
 */
public abstract class AppDecoder {
  /** True once a message of the protocol has been parsed: the connection's service is known. */
  protected boolean confirmed;
  /** Per direction (0 = originator, 1 = responder): bytes stopped being decodable. */
  protected final boolean[] dead = new boolean[2];

  /** Zeek's service name for the protocol. */
  public abstract String service();

  /** In-order payload bytes of one direction; {@code data} is only valid during the call. */
  public abstract void data(FlowContext f, boolean fromOrig, long ts, byte[] data, int off, int len);

  /** The stream of one direction has a hole: stop decoding it. */
  public void gap(FlowContext f, boolean fromOrig) {
    dead[fromOrig ? 0 : 1] = true;
  }

  /** The connection ended: emit whatever is pending (unanswered requests). */
  public void end(FlowContext f) {}

  /** True when the decoder wants no more bytes (lets flow assembly skip reassembly). */
  public boolean done() {
    return dead[0] && dead[1];
  }

  /** Whether the service was confirmed by a parsed message. */
  public boolean confirmed() {
    return confirmed;
  }
}
