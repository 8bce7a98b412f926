package io.wormbench.traffic.codec.pcap.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * Memory held by the assembler's output queue is bounded by live state, not by the capture:
 * a 2-hour TCP session among a million one-packet UDP flows is reported after
 * {@link FlowAssembler#HOLD} and stops holding later records back.
 */
class FlowAssemblerHoldTest {
  private static final long T0 = 1_767_571_200L * Micros.SECOND;
  private static final int LINKTYPE_RAW = 101;
  private static final int SHORT_FLOWS = 1_000_000;
  private static final long SPAN = 2 * Micros.HOUR;
  private static final long UDP_TIMEOUT = Micros.MINUTE;

  private static byte[] udp(int src, int sport) {
    ByteBuffer b = ByteBuffer.allocate(20 + 8 + 4);
    b.put((byte) 0x45).put((byte) 0).putShort((short) 32).putInt(0).put((byte) 64)
        .put((byte) 17).putShort((short) 0).putInt(src).putInt(Ipv4.of(10, 9, 0, 1));
    b.putShort((short) sport).putShort((short) 9999).putShort((short) 12).putShort((short) 0);
    return b.array();
  }

  private static byte[] tcp(boolean fromClient, int flags, int seq, int payload) {
    ByteBuffer b = ByteBuffer.allocate(20 + 20 + payload);
    int c = Ipv4.of(10, 0, 0, 5);
    int s = Ipv4.of(198, 51, 100, 7);
    b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload)).putInt(0).put((byte) 64)
        .put((byte) 6).putShort((short) 0).putInt(fromClient ? c : s).putInt(fromClient ? s : c);
    b.putShort((short) (fromClient ? 50000 : 3333)).putShort((short) (fromClient ? 3333 : 50000))
        .putInt(seq).putInt(0).put((byte) 0x50).put((byte) flags).putShort((short) 1024)
        .putInt(0);
    return b.array();
  }

  private static void send(FlowAssembler a, long ts, byte[] f) {
    a.packet(ts, f, 0, f.length, f.length, LINKTYPE_RAW, 0);
  }

  @Test
  void twoHourFlowAmongAMillionShortOnes_keepsTheQueueBoundedByTheHold() {
    FlowAssembler a = new FlowAssembler(new SkipLog());
    long step = SPAN / SHORT_FLOWS;
    send(a, T0, tcp(true, 0x02, 1000, 0));
    send(a, T0 + 1000, tcp(false, 0x12, 5000, 0));
    int clientSeq = 1001;
    long nextData = T0 + Micros.SECOND;
    long lastTs = Long.MIN_VALUE;
    long connections = 0;
    Connection interim = null;
    Connection update = null;
    for (int i = 0; i < SHORT_FLOWS; i++) {
      long ts = T0 + 2000 + i * step;
      if (ts >= nextData) {
        send(a, ts, tcp(true, 0x18, clientSeq, 100));
        clientSeq += 100;
        nextData += Micros.MINUTE;
      }
      send(a, ts, udp(Ipv4.of(10, 1 + (i >>> 16), (i >>> 8) & 0xff, i & 0xff), 1024 + i % 60000));
      for (Event e = a.poll(); e != null; e = a.poll()) {
        assertThat(e.ts()).isGreaterThanOrEqualTo(lastTs);
        lastTs = e.ts();
        if (e instanceof Connection c) {
          if (c.update()) {
            update = c;
          } else {
            connections++;
            if (c.proto() == io.wormbench.traffic.event.Transport.TCP) {
              interim = c;
            }
          }
        }
      }
    }
    long end = T0 + SPAN;
    send(a, end, tcp(true, 0x11, clientSeq, 0));
    send(a, end + 1000, tcp(false, 0x11, 5001, 0));
    int peakBeforeEnd = a.peakQueued();
    a.finish();
    for (Event e = a.drain(); e != null; e = a.drain()) {
      assertThat(e.ts()).isGreaterThanOrEqualTo(lastTs);
      lastTs = e.ts();
      if (e instanceof Connection c) {
        if (c.update()) {
          update = c;
        } else {
          connections++;
        }
      }
    }
    // records of one hold plus one UDP timeout of short flows at this rate, with 10% slack
    long bound = (FlowAssembler.HOLD + UDP_TIMEOUT + Micros.SECOND) / step * 11 / 10;
    assertThat((long) peakBeforeEnd).isLessThanOrEqualTo(bound).isLessThan(SHORT_FLOWS / 5);
    assertThat(connections).isEqualTo(SHORT_FLOWS + 1);
    assertThat(interim).isNotNull();
    assertThat(interim.ts()).isEqualTo(T0);
    assertThat(interim.state()).isEqualTo(ConnState.S1);
    assertThat(interim.duration()).isLessThan(FlowAssembler.HOLD + Micros.MINUTE);
    assertThat(update).isNotNull();
    assertThat(update.uid()).isEqualTo(interim.uid());
    assertThat(update.state()).isEqualTo(ConnState.SF);
    assertThat(update.duration()).isEqualTo(SPAN + 1000);
    assertThat(update.origBytes()).isEqualTo(clientSeq - 1001);
    assertThat(update.history()).startsWith(Connection.UPDATE_MARK);
  }

  @Test
  void flowShorterThanTheHold_isReportedOnceWithoutUpdate() {
    FlowAssembler a = new FlowAssembler(new SkipLog());
    send(a, T0, tcp(true, 0x02, 1000, 0));
    send(a, T0 + 1000, tcp(false, 0x12, 5000, 0));
    send(a, T0 + Micros.MINUTE, tcp(true, 0x11, 1001, 0));
    send(a, T0 + Micros.MINUTE + 1, tcp(false, 0x11, 5001, 0));
    a.finish();
    Connection c = (Connection) a.drain();
    assertThat(c.update()).isFalse();
    assertThat(c.state()).isEqualTo(ConnState.SF);
    assertThat(a.drain()).isNull();
  }
}
