package io.wormbench.traffic.codec.pcap.proto;

/** DCE/RPC directly over TCP (the endpoint mapper on 135 and the dynamic ports it hands out). */
final class DceRpcDecoder extends AppDecoder {
  private final DceRpcStream stream = new DceRpcStream("");

  @Override
  public String service() {
    return "dce_rpc";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    stream.data(f, fromOrig, ts, b, off, len);
    confirmed = stream.seen;
  }

  @Override
  public void end(FlowContext f) {
    stream.end(f);
  }
}
