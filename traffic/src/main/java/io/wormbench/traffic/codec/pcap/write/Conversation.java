package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Transport;

/**
 * The packet-level state of one connection being rendered: sequence numbers, payload bytes and
 * packets sent each way, and the protocol session state (SMB ids, DCE/RPC contexts, JSON-RPC
 * ids). Data is segmented at the MSS and queued at the time of the record that carries it.
 */
final class Conversation {
  static final int MSS = 1460;
  /**
   * Longest silence left inside a long TCP session: well under Zeek's 5 min
   * tcp_inactivity_timeout, so a reader does not split a session whose records are sparse and
   * whose filler comes at its end. Spare packets of the Connection's budget fill such gaps as
   * pure ACKs (a real stack's delayed ACKs and keep-alives).
   */
  static final long KEEPALIVE = 120_000_000L;
  private static final byte[] ZERO = new byte[MSS];

  final PcapWriter w;
  final Connection c;
  final boolean tcp;
  final boolean established;
  int oSeq;
  int rSeq;
  long oBytes;
  long rBytes;
  long oPkts;
  long rPkts;
  boolean closed;
  long lastPacket;
  /** Queue order reserved for the SYN-ACK, so it precedes data sent at the same instant. */
  private long synAckOrder;
  /** Time of the first application send, or -1. */
  private long firstSend = -1;
  /** The path's round-trip time (microseconds), stable per host pair. */
  final long rtt;
  /** When the SYN-ACK went out (the handshake's measured RTT is this less the start). */
  long synAckAt = -1;
  // protocol state
  final SmbSession smb;
  final java.util.Map<String, Integer> dceContexts = new java.util.HashMap<>();
  int callId = 1;
  int jsonId = 1;
  int dnsId;
  /** ICMP echo sequence numbers sent so far, per direction (a reply echoes its request's). */
  final int[] icmpSeq = new int[2];
  /** The originator's and the responder's stacks and frame addresses. */
  final Endpoint orig;
  final Endpoint resp;

  Conversation(PcapWriter w, Connection c) {
    this.w = w;
    this.c = c;
    this.tcp = c.proto() == Transport.TCP;
    this.established = tcp && (c.state().established());
    long h = c.uid().hashCode() * 0x9E3779B97F4A7C15L;
    this.oSeq = (int) h;
    this.rSeq = (int) (h >>> 32);
    this.dnsId = (int) (h >>> 16) & 0xffff;
    this.smb = new SmbSession(this);
    WireHosts hs = w.hosts;
    this.rtt = hs.rtt(c.id().origH(), c.id().respH(), ((h >>> 40) & 0xffff) / 65536.0);
    int o = c.id().origH();
    int r = c.id().respH();
    Stack so = hs.stack(o);
    Stack sr = hs.stack(r);
    long mo = hs.mac(o);
    long mr = hs.mac(r);
    boolean seg = hs.sameSegment(o, r);
    this.orig = new Endpoint(so, sr, hs.hops(o, r), mo, seg ? mr : WireHosts.GATEWAY_MAC,
        so.ipId == Stack.IpId.PER_HOST ? w.hostIpId(o) : null, (int) (h >>> 8));
    this.resp = new Endpoint(sr, so, hs.hops(r, o), mr, seg ? mo : WireHosts.GATEWAY_MAC,
        sr.ipId == Stack.IpId.PER_HOST ? w.hostIpId(r) : null, (int) (h >>> 24));
  }

  Endpoint side(boolean fromOrig) {
    return fromOrig ? orig : resp;
  }

  long end() {
    return c.ts() + c.duration();
  }

  void start() {
    long ts = c.ts();
    if (!tcp) {
      return;
    }
    ConnState s = c.state();
    if (established) {
      // the client's handshake-completing ACK rides on its first data segment or on the
      // pure ACKs that fill the packet budget, so minimal sessions stay as small as real ones;
      // the SYN-ACK is placed by the handshake task, which knows the first record's time
      control(ts, true, Pkt.SYN);
      oSeq++;
      synSeqEnd = oSeq;
      synAckOrder = w.order();
      rIsn = rSeq;
      rSeq++;
      rPkts++;
      w.queue(new Pkt(ts, w.order(), this, true, true, Pkt.HANDSHAKE, 0, 0, ZERO, 0, 0));
    } else if (s == ConnState.OTH) {
      return;
    } else {
      long k = Math.max(1, c.origPkts());
      for (long i = 0; i < k; i++) {
        long t = k == 1 ? ts : ts + c.duration() * i / (k - 1);
        w.queue(new Pkt(t, w.order(), this, true, false, Pkt.SYN, oSeq, 0, ZERO, 0, 0));
        oPkts++;
      }
      oSeq++;
      if (s == ConnState.REJ) {
        for (long i = 0; i < Math.max(1, c.respPkts()); i++) {
          w.queue(new Pkt(end(), w.order(), this, false, false, Pkt.RST | Pkt.ACK, 0, oSeq,
              ZERO, 0, 0));
          rPkts++;
        }
      }
      closed = true;
    }
  }

  private void control(long ts, boolean fromOrig, int flags) {
    lastPacket = Math.max(lastPacket, ts);
    w.queue(new Pkt(ts, w.order(), this, fromOrig, false, flags, fromOrig ? oSeq : rSeq,
        fromOrig ? rSeq : oSeq, ZERO, 0, 0));
    if (fromOrig) {
      oPkts++;
    } else {
      rPkts++;
    }
  }

  /**
   * The handshake task, run once every record up to {@link PcapWriter#LAG} after the start is
   * known: the SYN-ACK one path RTT after the SYN, but never later than 80 percent of the time
   * to the first application data (the record times are the simulator's) nor of the duration.
   */
  void handshake(long t) {
    long room = firstSend >= 0 ? firstSend - c.ts() : Math.min(c.duration(), PcapWriter.LAG);
    long h = Math.min(rtt, Math.min(room, c.duration()) * 4 / 5);
    synAckAt = c.ts() + Math.max(0, h);
    lastPacket = Math.max(lastPacket, synAckAt);
    // the responder's initial sequence number, acknowledging the SYN alone
    w.queue(new Pkt(synAckAt, synAckOrder, this, false, false, Pkt.SYN | Pkt.ACK, rIsn,
        synSeqEnd, ZERO, 0, 0));
  }

  private int synSeqEnd;
  private int rIsn;

  /** Queues the first keep-alive check of a long established session. */
  void scheduleTick() {
    if (established && c.duration() > KEEPALIVE) {
      w.queue(new Pkt(c.ts() + KEEPALIVE, w.order(), this, true, true, Pkt.TICK, 0, 0, ZERO, 0,
          0));
    }
  }

  /**
   * At {@code t}, after every record before it was rendered: when the session has been silent
   * for a keep-alive interval, one pure ACK from a side whose packet budget has room beyond its
   * closing packet and the segments of the filler it still owes; then the next check.
   */
  void tick(long t) {
    if (closed) {
      return;
    }
    if (t - lastPacket >= KEEPALIVE) {
      if (spare(true) > 0) {
        control(t, true, Pkt.ACK);
      } else if (spare(false) > 0) {
        control(t, false, Pkt.ACK);
      }
    }
    long next = Math.max(t, lastPacket) + KEEPALIVE;
    if (next < end()) {
      w.queue(new Pkt(next, w.order(), this, true, true, Pkt.TICK, 0, 0, ZERO, 0, 0));
    }
  }

  private long spare(boolean fromOrig) {
    ConnState s = c.state();
    boolean tail = fromOrig ? s == ConnState.SF || s == ConnState.S2 || s == ConnState.RSTO
        : s == ConnState.SF || s == ConnState.S3 || s == ConnState.RSTR;
    long missing = fromOrig ? c.origBytes() - oBytes : c.respBytes() - rBytes;
    long used = (fromOrig ? oPkts : rPkts) + (tail ? 1 : 0)
        + (Math.max(0, missing) + MSS - 1) / MSS + 1;
    return (fromOrig ? c.origPkts() : c.respPkts()) - used;
  }

  /** True once a TLS handshake was rendered: filler from then on is application data records. */
  boolean tlsRecords;
  /** Filler runs of a TLS session per side: {start sequence number, length} pairs. */
  final long[][] runs = {new long[0], new long[0]};

  private void run(boolean fromOrig, long n) {
    if (!tlsRecords || n <= 0) {
      return;
    }
    int d = fromOrig ? 0 : 1;
    long[] r = java.util.Arrays.copyOf(runs[d], runs[d].length + 2);
    r[r.length - 2] = (fromOrig ? oSeq : rSeq) & 0xffffffffL;
    r[r.length - 1] = n;
    runs[d] = r;
  }

  /**
   * Renders a filler segment of a TLS session into {@code out} (records per {@link TlsRecords});
   * false when the segment is not in a run (plain zeros then).
   */
  boolean tlsFill(boolean fromOrig, int seq, byte[] out, int len) {
    long[] r = runs[fromOrig ? 0 : 1];
    long s = seq & 0xffffffffL;
    for (int i = 0; i < r.length; i += 2) {
      long pos = (s - r[i]) & 0xffffffffL;
      if (pos < r[i + 1]) {
        TlsRecords.fill(out, r[i + 1], pos, len, c.uid().hashCode());
        return true;
      }
    }
    return false;
  }

  /** Sends of fewer segments than this go out at once; longer ones are paced. */
  static final int PACE_MIN_SEGMENTS = 8;
  /** At most this many bursts per paced send, so the queue stays bounded per connection. */
  static final int MAX_BURSTS = 2048;
  /** Burst times and sequence ends of the last paced send, per side (0 orig, 1 resp). */
  private final long[][] burstTs = new long[2][];
  private final int[][] burstSeq = new int[2][];
  private final int[] bursts = new int[2];

  /**
   * Sends {@code n} zero bytes from one side spread over [{@code from}, end): a sender limited
   * by its window sends one burst per round trip (fewer, larger bursts when the duration holds
   * more round trips than {@link #MAX_BURSTS}); interactive sessions (RDP, long TLS sessions)
   * send their bursts at jittered times. Bursts are whole MSS multiples, so the segments are
   * exactly those of one send of {@code n} bytes. Falls back to one send when there is no room.
   */
  void paced(long from, boolean fromOrig, long n) {
    long span = end() - 1 - from;
    long segs = (n + MSS - 1) / MSS;
    if (closed || !established || segs < PACE_MIN_SEGMENTS || span < 2) {
      zeros(Math.min(from, end()), fromOrig, n);
      return;
    }
    long perRtt = Math.max(200, rtt);
    int b = (int) Math.max(1, Math.min(Math.min(segs, MAX_BURSTS), span / perRtt));
    boolean interactive = c.service().equals("rdp")
        || (c.service().equals("ssl") && c.duration() > 60_000_000L);
    int d = fromOrig ? 0 : 1;
    long[] times = new long[b];
    int[] seqs = new int[b];
    run(fromOrig, n);
    long h = c.uid().hashCode() * 0x9E3779B97F4A7C15L + d;
    long sent = 0;
    for (int i = 0; i < b; i++) {
      long k = segs * (i + 1) / b - segs * i / b;
      long len = i == b - 1 ? n - sent : k * MSS;
      long slot = from + span * i / b;
      if (interactive) {
        h = h * 6364136223846793005L + 1442695040888963407L;
        slot += (long) ((span / b) * ((h >>> 11) * 0x1.0p-53));
      }
      times[i] = Math.min(slot, end() - 1);
      send(times[i], fromOrig, null, 0, (int) len);
      seqs[i] = fromOrig ? oSeq : rSeq;
      sent += len;
    }
    burstTs[d] = times;
    burstSeq[d] = seqs;
    bursts[d] = b;
  }

  /**
   * Once a one-shot service (TLS, RDP) has sent its handshake: the rest of each side's bytes
   * paced from one round trip on, then each side's spare packets (exactly known now that no
   * more data comes) as bare ACKs of the other side's bursts, as a receiver's delayed ACKs.
   */
  void paceRest(long ts) {
    if (!tcp || !established || closed) {
      return;
    }
    long from = Math.min(ts + rtt, ts + (end() - ts) / 10);
    long om = c.origBytes() - oBytes;
    long rm = c.respBytes() - rBytes;
    if (om > 0) {
      paced(from, true, om);
    }
    if (rm > 0) {
      paced(from, false, rm);
    }
    ackBursts();
  }

  /** Spare packets of each side whose bytes are all sent, as ACKs of the other's bursts. */
  void ackBursts() {
    for (int d = 0; d < 2; d++) {
      boolean fromOrig = d == 0;
      int other = 1 - d;
      if (bursts[other] == 0 || (fromOrig ? c.origBytes() - oBytes : c.respBytes() - rBytes) != 0) {
        continue;
      }
      long spare = exactSpare(fromOrig);
      long segs = fromOrig ? rPkts : oPkts;
      long k = Math.min(spare, Math.max(1, segs / 2));
      int b = bursts[other];
      for (long j = 0; j < k; j++) {
        int i = (int) Math.min(b - 1, (j + 1) * b / k - 1 < 0 ? 0 : (j + 1) * b / k - 1);
        long t = Math.min(end() - 1, burstTs[other][i] + Math.max(1, rtt / 2) + j % 3);
        lastPacket = Math.max(lastPacket, t);
        w.queue(new Pkt(t, w.order(), this, fromOrig, false, Pkt.ACK,
            fromOrig ? oSeq : rSeq, burstSeq[other][i], ZERO, 0, 0));
        if (fromOrig) {
          oPkts++;
        } else {
          rPkts++;
        }
      }
      bursts[other] = 0;
    }
  }

  /** Packets left in a side's budget beyond those sent and its closing FIN/RST. */
  private long exactSpare(boolean fromOrig) {
    ConnState s = c.state();
    boolean tail = fromOrig ? s == ConnState.SF || s == ConnState.S2 || s == ConnState.RSTO
        : s == ConnState.SF || s == ConnState.S3 || s == ConnState.RSTR;
    return (fromOrig ? c.origPkts() - oPkts : c.respPkts() - rPkts) - (tail ? 1 : 0);
  }

  /** Queues application bytes from one side at {@code ts}, segmented at the MSS for TCP. */
  void send(long ts, boolean fromOrig, byte[] data) {
    send(ts, fromOrig, data, 0, data.length);
  }

  /** Bytes followed by {@code zeros} zero bytes, as one stream write. */
  void send(long ts, boolean fromOrig, byte[] data, long zeros) {
    send(ts, fromOrig, data);
    zeros(ts, fromOrig, zeros);
  }

  void send(long ts, boolean fromOrig, byte[] data, int off, int len) {
    if (closed) {
      w.dropped("record after its connection's last packet or on a connection without data");
      return;
    }
    lastPacket = Math.max(lastPacket, ts);
    if (!tcp) {
      w.queue(new Pkt(ts, w.order(), this, fromOrig, false, 0, 0, 0, data, off, len));
      if (fromOrig) {
        oPkts++;
        oBytes += len;
      } else {
        rPkts++;
        rBytes += len;
      }
      return;
    }
    if (!established) {
      w.dropped("application data on a connection that was never established");
      return;
    }
    if (firstSend < 0) {
      firstSend = ts;
    }
    // one queue entry per send; the encoder cuts it into MSS-sized segments on release
    int segments = Math.max(1, (len + MSS - 1) / MSS);
    if (fromOrig) {
      w.queue(new Pkt(ts, w.order(), this, true, false, Pkt.PSH | Pkt.ACK, oSeq, rSeq, data, off, len));
      oSeq += len;
      oBytes += len;
      oPkts += segments;
    } else {
      w.queue(new Pkt(ts, w.order(), this, false, false, Pkt.PSH | Pkt.ACK, rSeq, oSeq, data, off, len));
      rSeq += len;
      rBytes += len;
      rPkts += segments;
    }
  }

  /**
   * Runs at the connection's last packet time: fills byte and packet counts up to the
   * Connection's figures (zero-filled data, then pure ACKs) and closes as its state says.
   */
  void teardown() {
    long t = end();
    if (closed) {
      return;
    }
    if (!tcp) {
      fillUdp(t);
      closed = true;
      return;
    }
    if (!established) {
      closed = true;
      return;
    }
    ConnState s = c.state();
    int oTail = switch (s) {
      case SF, S2, RSTO -> 1;
      default -> 0;
    };
    int rTail = switch (s) {
      case SF, S3, RSTR -> 1;
      default -> 0;
    };
    if (oBytes > c.origBytes() || rBytes > c.respBytes()) {
      w.overBudget("bytes (" + c.service() + ")");
    }
    if (oPkts + oTail > c.origPkts() || rPkts + rTail > c.respPkts()) {
      w.overBudget("packets");
    }
    fill(t, true, c.origBytes() - oBytes);
    fill(t, false, c.respBytes() - rBytes);
    for (long i = oPkts + oTail; i < c.origPkts(); i++) {
      control(t, true, Pkt.ACK);
    }
    for (long i = rPkts + rTail; i < c.respPkts(); i++) {
      control(t, false, Pkt.ACK);
    }
    switch (s) {
      case SF -> {
        control(t, true, Pkt.FIN | Pkt.ACK);
        oSeq++;
        control(t, false, Pkt.FIN | Pkt.ACK);
        rSeq++;
      }
      case S2 -> {
        control(t, true, Pkt.FIN | Pkt.ACK);
        oSeq++;
      }
      case S3 -> {
        control(t, false, Pkt.FIN | Pkt.ACK);
        rSeq++;
      }
      case RSTO -> control(t, true, Pkt.RST | Pkt.ACK);
      case RSTR -> control(t, false, Pkt.RST | Pkt.ACK);
      default -> { }
    }
    closed = true;
  }

  private void fill(long t, boolean fromOrig, long missing) {
    zeros(t, fromOrig, missing);
  }

  /** Queues {@code n} zero bytes without materialising them (the encoder writes the zeros). */
  void zeros(long ts, boolean fromOrig, long n) {
    run(fromOrig, n);
    while (n > 0) {
      int k = (int) Math.min(n, 1L << 30);
      send(ts, fromOrig, null, 0, k);
      n -= k;
    }
  }

  private void fillUdp(long t) {
    if (c.id().respP() == 53 || c.id().origP() == 53 || c.id().respP() == 5353
        || c.id().respP() == 5355 || c.id().respP() == 137 || DomainPorts.udp(c.id())) {
      return; // zero filler would read as malformed messages of these protocols
    }
    fillDatagrams(t, true, c.origPkts() - oPkts, c.origBytes() - oBytes);
    fillDatagrams(t, false, c.respPkts() - rPkts, c.respBytes() - rBytes);
  }

  private void fillDatagrams(long t, boolean fromOrig, long pkts, long bytes) {
    for (long i = 0; i < pkts; i++) {
      long n = Math.max(0, Math.min(MSS, bytes / (pkts - i)));
      send(t, fromOrig, ZERO, 0, (int) n);
      bytes -= n;
    }
  }
}
