package io.wormbench.traffic.codec.pcap.flow;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.proto.AppDecoder;
import io.wormbench.traffic.codec.pcap.proto.FlowContext;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.Transport;

/**
 * One connection being assembled: endpoints, counters, TCP flags seen, sequence tracking and
 * the protocol decoder. Flows sit on two intrusive lists (idle order per timeout class, and
 * creation order for the output watermark) so expiry and the watermark cost O(1) per packet.
 */
final class Flow implements FlowContext {
  static final int O_SYN = 1;
  static final int R_SYNACK = 2;
  static final int O_FIN = 4;
  static final int R_FIN = 8;
  static final int O_RST = 16;
  static final int R_RST = 32;
  static final int R_SYN_ONLY = 64;

  final FlowAssembler owner;
  final long k1;
  final long k2;
  final int origH;
  final int origP;
  final int respH;
  final int respP;
  final boolean tcp;
  final long start;
  final long order;
  final String uid;
  final ConnId id;
  long last;
  long origPkts;
  long respPkts;
  long origBytes;
  long respBytes;
  int flags;
  final TcpDirection o;
  final TcpDirection r;
  /** An ICMP flow (Zeek: proto icmp, type and code in the ports, conn_state OTH). */
  boolean icmp;
  AppDecoder app;
  /** 0 = not yet sniffed, 1 = decoding, 2 = no decoder or decoder done. */
  int appState;
  long offset;
  /** Reported while open by an interim record (FlowAssembler.HOLD). */
  boolean reported;
  // idle list
  Flow idlePrev;
  Flow idleNext;
  int idleList = -1;
  /** Time the flow was put on its idle list (the list's sort key). */
  long linked;
  // creation-order list
  Flow agePrev;
  Flow ageNext;

  Flow(FlowAssembler owner, long k1, long k2, int origH, int origP, int respH, int respP,
      boolean tcp, long start, long order, String uid) {
    this.owner = owner;
    this.k1 = k1;
    this.k2 = k2;
    this.origH = origH;
    this.origP = origP;
    this.respH = respH;
    this.respP = respP;
    this.tcp = tcp;
    this.start = start;
    this.last = start;
    this.order = order;
    this.uid = uid;
    this.id = new ConnId(origH, origP, respH, respP);
    this.o = tcp ? new TcpDirection() : null;
    this.r = tcp ? new TcpDirection() : null;
  }

  boolean closed() {
    return (flags & (O_RST | R_RST)) != 0 || (flags & (O_FIN | R_FIN)) == (O_FIN | R_FIN);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public ConnId id() {
    return id;
  }

  @Override
  public void emit(Event event) {
    owner.queue(this, event, event.ts() < start ? start : event.ts());
  }

  @Override
  public SkipLog log() {
    return owner.log;
  }

  @Override
  public long offset() {
    return offset;
  }

  Connection toConnection() {
    String service = app != null && app.confirmed() ? app.service() : "";
    long ob = tcp ? Math.max(o.maxEnd, 0) : origBytes;
    long rb = tcp ? Math.max(r.maxEnd, 0) : respBytes;
    return new Connection(start, uid, id, tcp ? Transport.TCP : icmp ? Transport.ICMP
        : Transport.UDP, service, last - start, ob, rb, origPkts, respPkts,
        tcp ? tcpState() : icmp ? ConnState.OTH : udpState());
  }

  private ConnState udpState() {
    if (origPkts > 0) {
      return respPkts > 0 ? ConnState.SF : ConnState.S0;
    }
    return respPkts > 0 ? ConnState.SHR : ConnState.OTH;
  }

  /** Zeek's conn_state from the flags each side sent (base/protocols/conn/main.zeek). */
  ConnState tcpState() {
    boolean syn = (flags & O_SYN) != 0;
    boolean synAck = (flags & R_SYNACK) != 0;
    boolean est = syn && synAck;
    boolean oFin = (flags & O_FIN) != 0;
    boolean rFin = (flags & R_FIN) != 0;
    if ((flags & R_RST) != 0) {
      if (syn && !synAck) {
        return ConnState.REJ;
      }
      if (synAck && !syn) {
        return ConnState.RSTRH;
      }
      return est ? ConnState.RSTR : ConnState.OTH;
    }
    if ((flags & O_RST) != 0) {
      if (syn && !synAck) {
        return ConnState.RSTOS0;
      }
      return est ? ConnState.RSTO : ConnState.OTH;
    }
    if (oFin && rFin) {
      return syn || synAck ? ConnState.SF : ConnState.OTH;
    }
    if (oFin) {
      return est ? ConnState.S2 : syn ? ConnState.SH : ConnState.OTH;
    }
    if (rFin) {
      return est ? ConnState.S3 : synAck ? ConnState.SHR : ConnState.OTH;
    }
    if (syn && !synAck) {
      return respPkts == 0 ? ConnState.S0 : ConnState.OTH;
    }
    return est ? ConnState.S1 : ConnState.OTH;
  }
}
