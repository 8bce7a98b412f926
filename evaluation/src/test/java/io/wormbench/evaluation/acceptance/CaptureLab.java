package io.wormbench.evaluation.acceptance;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.flow.FlowAssembler;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.nio.ByteBuffer;

/**
 * Test-side driver for capture reading: feeds raw-IP packets of a long TCP session among many
 * one-packet UDP flows to the pcap reader's flow assembler and keeps what came out.
 */
public final class CaptureLab {
  private static final long T0 = 1_767_571_200L * Micros.SECOND;
  private static final int LINKTYPE_RAW = 101;
  private long span;
  private int shortFlows;
  private long step;
  long connections;
  long outOfOrder;
  int peakQueued;
  Connection interim;
  Connection update;

  void capture(long hours, int flows) {
    span = hours * Micros.HOUR;
    shortFlows = flows;
    step = span / flows;
  }

  /** Upper bound of the records of one hold plus one UDP timeout at this capture's rate. */
  long holdBound() {
    return (FlowAssembler.HOLD + Micros.MINUTE + Micros.SECOND) / step * 11 / 10;
  }

  int shortFlows() {
    return shortFlows;
  }

  long span() {
    return span;
  }

  void read() {
    FlowAssembler a = new FlowAssembler(new SkipLog());
    send(a, T0, tcp(true, 0x02, 1000, 0));
    send(a, T0 + 1000, tcp(false, 0x12, 5000, 0));
    int seq = 1001;
    long nextData = T0 + Micros.SECOND;
    long[] last = {Long.MIN_VALUE};
    for (int i = 0; i < shortFlows; i++) {
      long ts = T0 + 2000 + i * step;
      if (ts >= nextData) {
        send(a, ts, tcp(true, 0x18, seq, 100));
        seq += 100;
        nextData += Micros.MINUTE;
      }
      send(a, ts, udp(Ipv4.of(10, 1 + (i >>> 16), (i >>> 8) & 0xff, i & 0xff), 1024 + i % 2000));
      for (Event e = a.poll(); e != null; e = a.poll()) {
        take(e, last);
      }
    }
    send(a, T0 + span, tcp(true, 0x11, seq, 0));
    send(a, T0 + span + 1000, tcp(false, 0x11, 5001, 0));
    peakQueued = a.peakQueued();
    a.finish();
    for (Event e = a.drain(); e != null; e = a.drain()) {
      take(e, last);
    }
  }

  private void take(Event e, long[] last) {
    if (e.ts() < last[0]) {
      outOfOrder++;
    }
    last[0] = e.ts();
    if (e instanceof Connection c) {
      if (c.update()) {
        update = c;
      } else {
        connections++;
        if (c.proto() == Transport.TCP) {
          interim = c;
        }
      }
    }
  }

  private static void send(FlowAssembler a, long ts, byte[] f) {
    a.packet(ts, f, 0, f.length, f.length, LINKTYPE_RAW, 0);
  }

  private static byte[] udp(int src, int sport) {
    ByteBuffer b = ByteBuffer.allocate(32);
    b.put((byte) 0x45).put((byte) 0).putShort((short) 32).putInt(0).put((byte) 64)
        .put((byte) 17).putShort((short) 0).putInt(src).putInt(Ipv4.of(10, 9, 0, 1));
    return b.putShort((short) sport).putShort((short) 9999).putShort((short) 12).putShort((short) 0)
        .array();
  }

  private static byte[] tcp(boolean fromClient, int flags, int seq, int payload) {
    int c = Ipv4.of(10, 0, 0, 5);
    int s = Ipv4.of(198, 51, 100, 7);
    ByteBuffer b = ByteBuffer.allocate(40 + payload);
    b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload)).putInt(0).put((byte) 64)
        .put((byte) 6).putShort((short) 0).putInt(fromClient ? c : s).putInt(fromClient ? s : c);
    b.putShort((short) (fromClient ? 50000 : 3333)).putShort((short) (fromClient ? 3333 : 50000))
        .putInt(seq).putInt(0).put((byte) 0x50).put((byte) flags).putShort((short) 1024).putInt(0);
    return b.array();
  }
}
