package io.wormbench.traffic.codec.pcap.flow;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.file.PacketHandler;
import io.wormbench.traffic.codec.pcap.proto.AppDecoder;
import io.wormbench.traffic.codec.pcap.proto.Protocols;
import io.wormbench.traffic.event.Event;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Turns packets into Zeek-like connections and protocol records. Decodes Ethernet (with 802.1Q
 * and QinQ tags), Linux cooked, BSD loopback and raw-IP link layers, IPv4, TCP and UDP by hand;
 * keys flows by their 5-tuple; expires them with Zeek's default timeouts ({@link IdleLists});
 * reassembles TCP in order for the
 * application decoders. Output is time-ordered: a Connection carries its final counters but
 * the time of its first packet, so records are held in a priority queue and released only
 * below the watermark min(now, start of the oldest open flow).
 */
public final class FlowAssembler implements PacketHandler {
  private static final int UDP = IdleLists.UDP;
  private static final int TCP_OPEN = IdleLists.TCP_OPEN;
  private static final int TCP_CLOSED = IdleLists.TCP_CLOSED;
  private static final String B62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  final SkipLog log;
  private final FlowTable table = new FlowTable();
  private final IdleLists idle = new IdleLists(this::end);
  private Flow ageHead;
  private Flow ageTail;
  private final PriorityQueue<Queued> out = new PriorityQueue<>();
  private final SplittableRandom uids = new SplittableRandom(0x5EEDL);
  private long counter;
  private static final long EXPIRY_TICK = 100_000;
  private long now = Long.MIN_VALUE;
  private long nextExpiry = Long.MIN_VALUE;
  private long decoded;
  private boolean linkNoted;

  private record Queued(long ts, long seq, Event event) implements Comparable<Queued> {
    @Override
    public int compareTo(Queued o) {
      int c = Long.compare(ts, o.ts);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  public FlowAssembler(SkipLog log) {
    this.log = log;
  }

  /** Packets decoded as IPv4 TCP or UDP. */
  public long decoded() {
    return decoded;
  }

  /** Open flows, for tests and memory accounting. */
  public int openFlows() {
    return table.size();
  }

  void queue(Event e, long ts) {
    out.add(new Queued(ts, counter++, e));
  }

  /** The next event that can no longer be preceded by another, or null when none is ready. */
  public Event poll() {
    Queued q = out.peek();
    if (q == null) {
      return null;
    }
    long watermark = ageHead == null ? now : Math.min(now, ageHead.start);
    if (q.ts < watermark) {
      return out.poll().event;
    }
    return null;
  }

  /** End of capture: finish every open flow and make all queued records available. */
  public void finish() {
    while (ageHead != null) {
      end(ageHead);
    }
    now = Long.MAX_VALUE;
  }

  /** After {@link #finish()}: the next record, or null when all are drained. */
  public Event drain() {
    Queued q = out.poll();
    return q == null ? null : q.event;
  }

  /**
   * Moves the clock to {@code ts} without a packet, expiring idle flows and releasing the
   * records that no open flow can precede any more; a time not after the clock is ignored.
   */
  @Override
  public void advance(long ts) {
    if (ts <= now) {
      return;
    }
    now = ts;
    if (ts >= nextExpiry) {
      idle.expire(ts);
      nextExpiry = ts + EXPIRY_TICK;
    }
  }

  @Override
  public void packet(long ts, byte[] d, int off, int cap, int wire, int linkType, long offset) {
    if (ts < 0) {
      ts = now == Long.MIN_VALUE ? 0 : now;
    } else if (ts < now) {
      if (log.add(offset, SkipLog.OUT_OF_ORDER)) {
        log.detail((now - ts) + " us earlier");
      }
      ts = now;
    }
    now = ts;
    if (ts >= nextExpiry) {
      // timers are checked every 100 ms of capture time, as Zeek's timer manager batches them
      idle.expire(ts);
      nextExpiry = ts + EXPIRY_TICK;
    }
    if (cap < wire) {
      if (log.add(offset, SkipLog.SNAPLEN_CUT)) {
        log.detail(cap + " of " + wire + " bytes");
      }
    }
    int end = off + cap;
    int ip;
    switch (linkType) {
      case 1 -> {
        if (cap < 14) {
          if (log.add(offset, SkipLog.MALFORMED)) {
            log.detail("short Ethernet frame");
          }
          return;
        }
        int p = off + 12;
        int type = (d[p] & 0xff) << 8 | (d[p + 1] & 0xff);
        while ((type == 0x8100 || type == 0x88a8) && p + 6 <= end) {
          p += 4;
          type = (d[p] & 0xff) << 8 | (d[p + 1] & 0xff);
        }
        if (type != 0x0800) {
          if (log.add(offset, SkipLog.NOT_IPV4)) {
            log.detail(String.format("ethertype 0x%04x", type));
          }
          return;
        }
        ip = p + 2;
      }
      case 101, 12, 228 -> ip = off;
      case 113 -> {
        if (cap < 16 || ((d[off + 14] & 0xff) << 8 | (d[off + 15] & 0xff)) != 0x0800) {
          log.add(offset, SkipLog.NOT_IPV4, "Linux cooked");
          return;
        }
        ip = off + 16;
      }
      case 276 -> {
        if (cap < 20 || ((d[off] & 0xff) << 8 | (d[off + 1] & 0xff)) != 0x0800) {
          log.add(offset, SkipLog.NOT_IPV4, "Linux cooked v2");
          return;
        }
        ip = off + 20;
      }
      case 0, 108 -> {
        if (cap < 4 || (d[off] != 2 && d[off + 3] != 2)) {
          log.add(offset, SkipLog.NOT_IPV4, "loopback");
          return;
        }
        ip = off + 4;
      }
      default -> {
        if (log.add(offset, SkipLog.LINK_TYPE)) {
          log.detail("link type " + linkType);
        }
        return;
      }
    }
    if (ip + 20 > end || (d[ip] & 0xf0) != 0x40) {
      log.add(offset, (ip < end && (d[ip] & 0xf0) == 0x60) ? SkipLog.NOT_IPV4 : SkipLog.MALFORMED,
          "IP header");
      return;
    }
    int ihl = (d[ip] & 0x0f) * 4;
    int total = (d[ip + 2] & 0xff) << 8 | (d[ip + 3] & 0xff);
    if (ihl < 20 || total < ihl || ip + ihl > end) {
      if (log.add(offset, SkipLog.MALFORMED)) {
        log.detail("IPv4 header length");
      }
      return;
    }
    int frag = (d[ip + 6] & 0xff) << 8 | (d[ip + 7] & 0xff);
    if ((frag & 0x3fff) != 0) {
      log.add(offset, SkipLog.FRAGMENT);
      return;
    }
    int proto = d[ip + 9] & 0xff;
    int src = be32(d, ip + 12);
    int dst = be32(d, ip + 16);
    int l4 = ip + ihl;
    int ipEnd = ip + total;
    int capEnd = Math.min(end, ipEnd);
    if (proto == 6) {
      if (l4 + 20 > capEnd) {
        if (log.add(offset, SkipLog.MALFORMED)) {
          log.detail("TCP header");
        }
        return;
      }
      int thl = (d[l4 + 12] & 0xf0) >>> 2;
      if (thl < 20 || l4 + thl > ipEnd) {
        if (log.add(offset, SkipLog.MALFORMED)) {
          log.detail("TCP header length");
        }
        return;
      }
      int sp = (d[l4] & 0xff) << 8 | (d[l4 + 1] & 0xff);
      int dp = (d[l4 + 2] & 0xff) << 8 | (d[l4 + 3] & 0xff);
      int seq = be32(d, l4 + 4);
      int tflags = d[l4 + 13] & 0x3f;
      int pay = l4 + thl;
      int wireLen = ipEnd - pay;
      int capLen = Math.max(0, capEnd - pay);
      decoded++;
      tcp(ts, offset, src, sp, dst, dp, seq, tflags, d, pay, capLen, wireLen);
    } else if (proto == 17) {
      if (l4 + 8 > capEnd) {
        if (log.add(offset, SkipLog.MALFORMED)) {
          log.detail("UDP header");
        }
        return;
      }
      int sp = (d[l4] & 0xff) << 8 | (d[l4 + 1] & 0xff);
      int dp = (d[l4 + 2] & 0xff) << 8 | (d[l4 + 3] & 0xff);
      int pay = l4 + 8;
      int wireLen = ipEnd - pay;
      int capLen = Math.max(0, capEnd - pay);
      decoded++;
      udp(ts, offset, src, sp, dst, dp, d, pay, capLen, wireLen);
    } else if (proto == 1 && l4 + 8 <= capEnd) {
      decoded++;
      icmp(ts, offset, src, dst, d[l4] & 0xff, d[l4 + 1] & 0xff, ipEnd - l4 - 8);
    } else {
      if (log.add(offset, SkipLog.NOT_TCP_UDP)) {
        log.detail("IP protocol " + proto);
      }
    }
  }

  /**
   * An ICMP message as Zeek counts it: a request and its reply (echo 8/0, timestamp 13/14,
   * information 15/16, mask 17/18, router 10/9) share one flow keyed by the request type and
   * the reply type; a one-way message (unreachable, time exceeded...) is its own flow with the
   * code in the responder port. Bytes are the payload after the 8-byte ICMP header.
   */
  private void icmp(long ts, long offset, int src, int dst, int type, int code, int payload) {
    int request = switch (type) {
      case 0 -> 8;
      case 14 -> 13;
      case 16 -> 15;
      case 18 -> 17;
      case 9 -> 10;
      default -> -1;
    };
    boolean reply = request >= 0;
    boolean twoWay = reply || type == 8 || type == 13 || type == 15 || type == 17 || type == 10;
    int sp = reply ? request : type;
    int dp = twoWay ? (reply ? type : switch (type) {
      case 8 -> 0;
      case 13 -> 14;
      case 15 -> 16;
      case 17 -> 18;
      default -> 9;
    }) : code;
    // keyed with the requester as source, so a reply finds its request's flow
    int os = reply ? dst : src;
    int od = reply ? src : dst;
    Flow f = lookup(ts, offset, os, sp, od, dp, 1L << 41, false, false);
    f.icmp = true;
    boolean fromOrig = f.origH == src && !reply;
    if (fromOrig) {
      f.origPkts++;
      f.origBytes += Math.max(payload, 0);
    } else {
      f.respPkts++;
      f.respBytes += Math.max(payload, 0);
    }
    idle.touch(f, UDP);
  }

  private static int be32(byte[] d, int p) {
    return d[p] << 24 | (d[p + 1] & 0xff) << 16 | (d[p + 2] & 0xff) << 8 | (d[p + 3] & 0xff);
  }

  private static boolean serverPort(int p) {
    return p < 1024 || p == 3333 || p == 3389 || p == 8080 || p == 8443 || p == 5353
        || p == 5355 || p == 4444 || p == 14444 || p == 45700;
  }

  private Flow lookup(long ts, long offset, int src, int sp, int dst, int dp, boolean tcp,
      boolean flip) {
    return lookup(ts, offset, src, sp, dst, dp, tcp ? 1L << 40 : 0, tcp, flip);
  }

  /** {@code space} keeps TCP (bit 40), UDP and ICMP (bit 41) flows of one address pair apart. */
  private Flow lookup(long ts, long offset, int src, int sp, int dst, int dp, long space,
      boolean tcp, boolean flip) {
    boolean srcLow = Integer.compareUnsigned(src, dst) < 0 || (src == dst && sp <= dp);
    long k1 = srcLow ? (long) src << 32 | (dst & 0xffffffffL) : (long) dst << 32 | (src & 0xffffffffL);
    long k2 = (srcLow ? (long) sp << 16 | dp : (long) dp << 16 | sp) | space;
    Flow f = table.get(k1, k2);
    if (f == null) {
      f = flip
          ? new Flow(this, k1, k2, dst, dp, src, sp, tcp, ts, counter++, newUid())
          : new Flow(this, k1, k2, src, sp, dst, dp, tcp, ts, counter++, newUid());
      table.put(k1, k2, f);
      if (ageTail == null) {
        ageHead = f;
      } else {
        ageTail.ageNext = f;
        f.agePrev = ageTail;
      }
      ageTail = f;
    }
    f.offset = offset;
    f.last = ts;
    return f;
  }

  private String newUid() {
    char[] c = new char[18];
    c[0] = 'C';
    for (int i = 1; i < 18; i++) {
      c[i] = B62.charAt(uids.nextInt(62));
    }
    return new String(c);
  }

  private void udp(long ts, long offset, int src, int sp, int dst, int dp, byte[] d, int pay,
      int capLen, int wireLen) {
    boolean flip = serverPort(sp) && !serverPort(dp);
    Flow f = lookup(ts, offset, src, sp, dst, dp, false, flip);
    boolean fromOrig = f.origH == src && f.origP == sp;
    if (fromOrig) {
      f.origPkts++;
      f.origBytes += Math.max(wireLen, 0);
    } else {
      f.respPkts++;
      f.respBytes += Math.max(wireLen, 0);
    }
    idle.touch(f, UDP);
    if (f.appState == 0) {
      AppDecoder app = Protocols.forUdp(f.origP, f.respP);
      f.app = app;
      f.appState = app == null ? 2 : 1;
    }
    if (f.appState == 1 && capLen > 0) {
      feed(f, fromOrig, ts, d, pay, capLen);
    }
  }

  private void tcp(long ts, long offset, int src, int sp, int dst, int dp, int seq, int tf,
      byte[] d, int pay, int capLen, int wireLen) {
    boolean syn = (tf & 0x02) != 0;
    boolean ack = (tf & 0x10) != 0;
    boolean fin = (tf & 0x01) != 0;
    boolean rst = (tf & 0x04) != 0;
    boolean flip = syn ? ack : (serverPort(sp) && !serverPort(dp));
    Flow f = lookup(ts, offset, src, sp, dst, dp, true, flip);
    boolean fromOrig = f.origH == src && f.origP == sp;
    if (syn && !ack && fromOrig && f.closed() && f.o.init && f.o.rel(seq) != -1) {
      // a fresh SYN on a closed connection starts a new one, as Zeek does
      end(f);
      f = lookup(ts, offset, src, sp, dst, dp, true, false);
      fromOrig = true;
    }
    TcpDirection dir = fromOrig ? f.o : f.r;
    if (fromOrig) {
      f.origPkts++;
      if (syn && !ack) {
        f.flags |= Flow.O_SYN;
      }
      f.flags |= (fin ? Flow.O_FIN : 0) | (rst ? Flow.O_RST : 0);
    } else {
      f.respPkts++;
      if (syn) {
        f.flags |= ack ? Flow.R_SYNACK : Flow.R_SYN_ONLY;
      }
      f.flags |= (fin ? Flow.R_FIN : 0) | (rst ? Flow.R_RST : 0);
    }
    dir.observe(syn, seq, rst ? 0 : wireLen);
    idle.touch(f, f.closed() ? TCP_CLOSED : TCP_OPEN);
    if (wireLen <= 0 || rst || f.appState == 2) {
      return;
    }
    long rel = dir.rel(seq);
    if (f.appState == 0) {
      if ((f.flags & Flow.O_SYN) == 0) {
        // Like Zeek, no protocol analysis on connections whose start was not seen.
        f.appState = 2;
        return;
      }
      if (!fromOrig || capLen == 0) {
        return;
      }
      AppDecoder app = Protocols.sniffTcp(d, pay, capLen, f.origP, f.respP);
      if (app == null) {
        f.appState = 2;
        return;
      }
      f.app = app;
      f.appState = 1;
      f.o.next = rel;
      f.r.next = f.r.maxEnd;
    }
    deliver(f, fromOrig, dir, rel, ts, d, pay, capLen, wireLen);
    if (f.app.done()) {
      f.appState = 2;
    }
  }

  private void deliver(Flow f, boolean fromOrig, TcpDirection dir, long rel, long ts, byte[] d,
      int pay, int capLen, int wireLen) {
    if (dir.broken) {
      return;
    }
    if (rel > dir.next) {
      if (capLen < wireLen || dir.pendingBytes + capLen > TcpDirection.MAX_PENDING) {
        gap(f, fromOrig, dir);
        return;
      }
      if (dir.pending == null) {
        dir.pending = new java.util.TreeMap<>();
      }
      byte[] copy = java.util.Arrays.copyOfRange(d, pay, pay + capLen);
      if (dir.pending.putIfAbsent(rel, copy) == null) {
        dir.pendingBytes += capLen;
      }
      return;
    }
    long skip = dir.next - rel;
    if (skip >= wireLen) {
      return;
    }
    if (skip < capLen) {
      feed(f, fromOrig, ts, d, pay + (int) skip, capLen - (int) skip);
    }
    dir.next = rel + wireLen;
    if (capLen < wireLen) {
      gap(f, fromOrig, dir);
      return;
    }
    while (dir.pending != null && !dir.pending.isEmpty() && dir.pending.firstKey() <= dir.next) {
      var e = dir.pending.pollFirstEntry();
      byte[] seg = e.getValue();
      dir.pendingBytes -= seg.length;
      long s = dir.next - e.getKey();
      if (s < seg.length) {
        feed(f, fromOrig, ts, seg, (int) s, seg.length - (int) s);
        dir.next = e.getKey() + seg.length;
      }
    }
  }

  /**
   * Hands bytes to the flow's decoder. A decoder bug on hostile bytes must not end the run:
   * the message is noted with its offset and the connection's protocol decoding stops.
   */
  private void feed(Flow f, boolean fromOrig, long ts, byte[] d, int off, int len) {
    if (f.appState != 1) {
      return;
    }
    try {
      f.app.data(f, fromOrig, ts, d, off, len);
    } catch (RuntimeException e) {
      f.appState = 2;
      if (log.add(f.offset, SkipLog.APP_MALFORMED)) {
        log.detail(f.app.service() + " decoder stopped on " + f.id + ": " + e);
      }
    }
  }

  private void gap(Flow f, boolean fromOrig, TcpDirection dir) {
    dir.broken = true;
    dir.pending = null;
    if (f.app.confirmed() || !fromOrig) {
      if (log.add(f.offset, SkipLog.STREAM_GAP)) {
        log.detail(f.id.toString());
      }
    }
    f.app.gap(f, fromOrig);
  }

  private void end(Flow f) {
    if (f.app != null) {
      try {
        f.app.end(f);
      } catch (RuntimeException e) {
        if (log.add(f.offset, SkipLog.APP_MALFORMED)) {
          log.detail(f.app.service() + " decoder failed at end of " + f.id + ": " + e);
        }
      }
    }
    queue(f.toConnection(), f.start, f.order);
    table.remove(f.k1, f.k2);
    if (f.idleList >= 0) {
      idle.unlink(f);
    }
    if (f.agePrev == null) {
      ageHead = f.ageNext;
    } else {
      f.agePrev.ageNext = f.ageNext;
    }
    if (f.ageNext == null) {
      ageTail = f.agePrev;
    } else {
      f.ageNext.agePrev = f.agePrev;
    }
  }

  private void queue(Event e, long ts, long seq) {
    out.add(new Queued(ts, seq, e));
  }
}
