package io.wormbench.traffic.codec.pcap.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Link layers around IPv4: MPLS label stacks (RFC 3032), IEEE 802.3 with LLC and SNAP. */
class LinkLayerTest {
  private static final long T0 = 1_767_571_200L * Micros.SECOND;

  private static byte[] ipUdp() {
    ByteBuffer b = ByteBuffer.allocate(20 + 8 + 4);
    b.put((byte) 0x45).put((byte) 0).putShort((short) 32).putInt(0).put((byte) 64)
        .put((byte) 17).putShort((short) 0).putInt(Ipv4.of(10, 0, 0, 5))
        .putInt(Ipv4.of(10, 0, 0, 9));
    b.putShort((short) 40000).putShort((short) 9999).putShort((short) 12).putShort((short) 0);
    return b.array();
  }

  private static byte[] frame(int type, byte[] between, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(14 + between.length + payload.length);
    b.put(new byte[] {2, 0, 0, 0, 0, 9, 2, 0, 0, 0, 0, 5}).putShort((short) type);
    return b.put(between).put(payload).array();
  }

  private static SkipLog read(byte[] f, FlowAssembler[] out) {
    SkipLog log = new SkipLog();
    FlowAssembler a = new FlowAssembler(log);
    a.packet(T0, f, 0, f.length, f.length, 1, 0);
    a.finish();
    out[0] = a;
    return log;
  }

  @Test
  void mplsTwoLabels_unwrapsToTheIpv4Flow() {
    byte[] labels = {0, 0x01, 0x00, 64, 0, 0x02, 0x01, 64}; // label 16, then 32 bottom-of-stack
    FlowAssembler[] a = new FlowAssembler[1];
    SkipLog log = read(frame(0x8847, labels, ipUdp()), a);
    Connection c = (Connection) a[0].drain();
    assertThat(c.id().respP()).isEqualTo(9999);
    assertThat(a[0].decoded()).isEqualTo(1);
    assertThat(log.summary("t", "t", 1, 1).describe()).contains("nothing skipped");
  }

  @Test
  void mplsOverIpv6_countedAsIpv6() {
    byte[] labels = {0, 0x01, 0x01, 64};
    byte[] v6 = new byte[40];
    v6[0] = 0x60;
    FlowAssembler[] a = new FlowAssembler[1];
    SkipLog log = read(frame(0x8847, labels, v6), a);
    assertThat(a[0].drain()).isNull();
    assertThat(log.summary("t", "t", 1, 0).describe()).contains(SkipLog.IPV6);
  }

  @Test
  void ieee8023LlcFrame_countedAsNonIpNotAsAnEthertype() {
    byte[] stp = {0x42, 0x42, 0x03, 0, 0, 0, 0};
    FlowAssembler[] a = new FlowAssembler[1];
    SkipLog log = read(frame(stp.length, new byte[0], stp), a);
    String d = log.summary("t", "t", 1, 0).describe();
    assertThat(d).contains(SkipLog.NOT_IP).contains("802.3/LLC frame, DSAP 0x42")
        .doesNotContain("type 0x0007");
  }

  @Test
  void snapWithIpv4_decodes() {
    byte[] ip = ipUdp();
    byte[] snap = {(byte) 0xaa, (byte) 0xaa, 0x03, 0, 0, 0, 0x08, 0x00};
    FlowAssembler[] a = new FlowAssembler[1];
    read(frame(snap.length + ip.length, snap, ip), a);
    assertThat(((Connection) a[0].drain()).id().respP()).isEqualTo(9999);
  }
}
