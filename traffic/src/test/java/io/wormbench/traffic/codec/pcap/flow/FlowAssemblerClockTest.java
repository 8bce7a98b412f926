package io.wormbench.traffic.codec.pcap.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The assembler's clock without packets ({@code advance}, what a live capture on a quiet link
 * calls): idle flows expire on Zeek's timeouts and their records are released.
 */
class FlowAssemblerClockTest {
  private static final long T0 = 1_767_571_200L * Micros.SECOND;

  /** One Ethernet/IPv4/UDP frame from 10.0.0.5:40000 to 10.0.0.9:9999 with 12 payload bytes. */
  private static byte[] udpFrame() {
    ByteBuffer b = ByteBuffer.allocate(14 + 20 + 8 + 12);
    b.put(new byte[] {2, 0, 0, 0, 0, 9, 2, 0, 0, 0, 0, 5}).putShort((short) 0x0800);
    b.put((byte) 0x45).put((byte) 0).putShort((short) 40).putShort((short) 1).putShort((short) 0)
        .put((byte) 64).put((byte) 17).putShort((short) 0)
        .putInt(Ipv4.of(10, 0, 0, 5)).putInt(Ipv4.of(10, 0, 0, 9));
    b.putShort((short) 40000).putShort((short) 9999).putShort((short) 20).putShort((short) 0);
    b.put("hello, world".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return b.array();
  }

  @Test
  void quietLink_idleUdpFlowEndsWhenTheClockPassesItsTimeout() {
    SkipLog log = new SkipLog();
    FlowAssembler flows = new FlowAssembler(log);
    byte[] f = udpFrame();
    flows.packet(T0, f, 0, f.length, f.length, 1, 0);
    assertThat(flows.poll()).isNull();
    flows.advance(T0 + 30 * Micros.SECOND); // within the 1 min UDP inactivity timeout
    assertThat(flows.poll()).isNull();
    assertThat(flows.openFlows()).isEqualTo(1);
    flows.advance(T0 + Micros.MINUTE + Micros.SECOND);
    Event e = flows.poll();
    assertThat(e).isInstanceOf(Connection.class);
    Connection c = (Connection) e;
    assertThat(c.ts()).isEqualTo(T0);
    assertThat(c.id().respP()).isEqualTo(9999);
    assertThat(c.origBytes()).isEqualTo(12);
    assertThat(flows.openFlows()).isZero();
    assertThat(flows.poll()).isNull();
  }

  @Test
  void clockMovedBack_isIgnoredAndNoPacketIsOutOfOrder() {
    SkipLog log = new SkipLog();
    FlowAssembler flows = new FlowAssembler(log);
    byte[] f = udpFrame();
    flows.packet(T0, f, 0, f.length, f.length, 1, 0);
    flows.advance(T0 - Micros.SECOND);
    flows.packet(T0 + Micros.SECOND, f, 0, f.length, f.length, 1, 1);
    flows.finish();
    Connection c = (Connection) flows.drain();
    assertThat(c.origPkts()).isEqualTo(2);
    assertThat(log.summary("t", "t", 2, 2).describe()).contains("nothing skipped");
  }
}
