package io.wormbench.traffic.codec.pcap.flow;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.codec.pcap.file.PacketHandler;
import io.wormbench.traffic.codec.pcap.proto.AppDecoder;
import io.wormbench.traffic.codec.pcap.proto.Protocols;
import io.wormbench.traffic.event.Connection;
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
 * below the watermark min(now, start of the oldest open flow). A flow open for {@link #HOLD}
 * stops holding the watermark: it is reported by an interim Connection and its final figures
 * follow as an update record ({@link Connection#update()}), so the queue holds at most the
 * records of the last {@code HOLD} of capture time, whatever the longest session.
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
  /**
   * How long a flow may hold back later records: a flow open this long is reported while open
   * (an interim Connection) and its final figures follow as an update ({@link
   * Connection#UPDATE_MARK}); 10 minutes, the first interval of Zeek's long-connections package.
   */
  public static final long HOLD = 10 * 60 * 1_000_000L;
  private final long hold;
  // tcpdump LINKTYPE_ values
  private static final int LINKTYPE_NULL = 0;
  private static final int LINKTYPE_ETHERNET = 1;
  private static final int LINKTYPE_RAW_BSD = 12;
  private static final int LINKTYPE_RAW = 101;
  private static final int LINKTYPE_LOOP = 108;
  private static final int LINKTYPE_LINUX_SLL = 113;
  private static final int LINKTYPE_IPV4 = 228;
  private static final int LINKTYPE_LINUX_SLL2 = 276;
  private static final int ETHERNET_HEADER = 14;
  private static final int ETHERNET_TYPE = 12;
  private static final int VLAN_TAG = 4;
  private static final int SLL_HEADER = 16;
  private static final int SLL_TYPE = 14;
  private static final int SLL2_HEADER = 20;
  private static final int LOOPBACK_HEADER = 4;
  private static final int AF_INET = 2;
  /** BSD loopback AF_INET6 values: NetBSD/OpenBSD 24, FreeBSD 28, macOS 30. */
  private static final java.util.Set<Integer> AF_INET6 = java.util.Set.of(24, 28, 30, 10);
  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int ETHERTYPE_IPV6 = 0x86dd;
  private static final int ETHERTYPE_VLAN = 0x8100;
  private static final int ETHERTYPE_QINQ = 0x88a8;
  private static final int ETHERTYPE_MPLS = 0x8847;
  private static final int ETHERTYPE_MPLS_MULTICAST = 0x8848;
  /** Below this the field is an IEEE 802.3 length, followed by an 802.2 LLC header. */
  private static final int ETHERTYPE_MIN = 0x0600;
  private static final int LLC_SNAP = 0xaa;
  private static final int LLC_UI = 0x03;
  /** LLC (3) + SNAP OUI (3) + type (2). */
  private static final int SNAP_HEADER = 8;
  private static final int MPLS_LABEL = 4;
  private static final int MAX_MPLS_LABELS = 16;
  private static final int IPV4_MIN_HEADER = 20;
  private static final int IPV4_FRAGMENT_BITS = 0x3fff;
  private static final int IPPROTO_ICMP = 1;
  private static final int IPPROTO_TCP = 6;
  private static final int IPPROTO_UDP = 17;
  private static final int TCP_MIN_HEADER = 20;
  private static final int TCP_FLAG_BITS = 0x3f;
  private static final int UDP_HEADER = 8;
  private static final int ICMP_HEADER = 8;
  private long now = Long.MIN_VALUE;
  private long nextExpiry = Long.MIN_VALUE;
  private long decoded;
  /** Open flows already reported by an interim record; while any is open the watermark lags
   * the clock by {@link #HOLD} so their application records stay in order. */
  private int reportedOpen;
  private Flow reportedHead;
  private long released = Long.MIN_VALUE;
  private int peakQueued;

  private record Queued(long ts, long seq, Event event) implements Comparable<Queued> {
    @Override
    public int compareTo(Queued o) {
      int c = Long.compare(ts, o.ts);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  public FlowAssembler(SkipLog log) {
    this(log, HOLD);
  }

  /**
   * An assembler whose flows are reported by an interim record after {@code hold} instead of
   * {@link #HOLD}: a hold longer than every session gives each connection one record with its
   * final figures, as the simulator emits it, at the cost of memory growing with the longest
   * session (for parity checks, not for open-ended captures).
   */
  public FlowAssembler(SkipLog log, long hold) {
    if (hold <= 0) {
      throw new IllegalArgumentException("flow hold must be > 0, not " + hold);
    }
    this.log = log;
    this.hold = hold;
  }

  /** Packets decoded as IPv4 TCP or UDP. */
  public long decoded() {
    return decoded;
  }

  /** Open flows, for tests and memory accounting. */
  public int openFlows() {
    return table.size();
  }

  /** Records queued and not yet released, for tests and memory accounting. */
  public int queued() {
    return out.size();
  }

  /** The most records ever queued at once. */
  public int peakQueued() {
    return peakQueued;
  }

  /** An application record of flow {@code f}, ordered at {@code ts}. */
  void queue(Flow f, Event e, long ts) {
    if (ts < released) {
      // only a reported flow's record stamped more than HOLD before its emission gets here
      log.add(f.offset, SkipLog.LATE_RECORD, e.kind().logName() + " of " + f.uid);
      return;
    }
    queue(e, ts, counter++);
  }

  /** The next event that can no longer be preceded by another, or null when none is ready. */
  public Event poll() {
    Queued q = out.peek();
    if (q == null) {
      return null;
    }
    long watermark = ageHead == null ? now : Math.min(now, ageHead.start);
    if (reportedOpen > 0) {
      watermark = Math.min(watermark, now - hold);
    }
    if (q.ts < watermark) {
      released = q.ts;
      return out.poll().event;
    }
    return null;
  }

  /** End of capture: finish every open flow and make all queued records available. */
  public void finish() {
    while (ageHead != null) {
      end(ageHead);
    }
    while (reportedHead != null) {
      end(reportedHead);
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
    clock(ts);
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
    clock(ts);
    if (cap < wire) {
      if (log.add(offset, SkipLog.SNAPLEN_CUT)) {
        log.detail(cap + " of " + wire + " bytes");
      }
    }
    int end = off + cap;
    int ip = linkLayer(d, off, end, linkType, offset);
    if (ip >= 0) {
      ipLayer(ts, d, ip, end, offset);
    }
  }

  /** Moves the clock: expires idle flows, reports flows older than the hold. */
  private void clock(long ts) {
    now = ts;
    if (ts >= nextExpiry) {
      // timers are checked every 100 ms of capture time, as Zeek's timer manager batches them
      idle.expire(ts);
      nextExpiry = ts + EXPIRY_TICK;
    }
    while (ageHead != null && ts - ageHead.start >= hold) {
      report(ageHead);
    }
  }

  /**
   * The link step: the offset of the IP header in {@code d}, or -1 when the frame carries no
   * IPv4 (noted in the skip log). Link types are tcpdump's LINKTYPE_ values.
   */
  private int linkLayer(byte[] d, int off, int end, int linkType, long offset) {
    int cap = end - off;
    switch (linkType) {
      case LINKTYPE_ETHERNET:
        if (cap < ETHERNET_HEADER) {
          if (log.add(offset, SkipLog.MALFORMED)) {
            log.detail("short Ethernet frame");
          }
          return -1;
        }
        return ethernet(d, off + ETHERNET_TYPE, end, offset);
      case LINKTYPE_RAW, LINKTYPE_RAW_BSD, LINKTYPE_IPV4:
        return off;
      case LINKTYPE_LINUX_SLL:
        if (cap < SLL_HEADER) {
          log.add(offset, SkipLog.MALFORMED, "short Linux cooked header");
          return -1;
        }
        return ipByType(be16(d, off + SLL_TYPE), off + SLL_HEADER, end, offset, "Linux cooked");
      case LINKTYPE_LINUX_SLL2:
        if (cap < SLL2_HEADER) {
          log.add(offset, SkipLog.MALFORMED, "short Linux cooked v2 header");
          return -1;
        }
        return ipByType(be16(d, off), off + SLL2_HEADER, end, offset, "Linux cooked v2");
      case LINKTYPE_NULL, LINKTYPE_LOOP:
        if (cap < LOOPBACK_HEADER) {
          log.add(offset, SkipLog.MALFORMED, "short loopback header");
          return -1;
        }
        if (d[off] != AF_INET && d[off + 3] != AF_INET) {
          int family = Math.max(d[off] & 0xff, d[off + 3] & 0xff);
          log.add(offset, AF_INET6.contains(family) ? SkipLog.IPV6 : SkipLog.NOT_IP,
              "loopback family " + family);
          return -1;
        }
        return off + LOOPBACK_HEADER;
      default:
        if (log.add(offset, SkipLog.LINK_TYPE)) {
          log.detail("link type " + linkType);
        }
        return -1;
    }
  }

  /**
   * Ethernet from its type field at {@code p}: 802.1Q/QinQ tags skipped, a type below 0x0600 is
   * an IEEE 802.3 length with an 802.2 LLC header (IPv4 only inside SNAP), MPLS label stacks
   * (RFC 3032) are unwrapped down to the bottom-of-stack entry.
   */
  private int ethernet(byte[] d, int p, int end, long offset) {
    int type = be16(d, p);
    while ((type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ) && p + VLAN_TAG + 2 <= end) {
      p += VLAN_TAG;
      type = be16(d, p);
    }
    int payload = p + 2;
    if (type < ETHERTYPE_MIN) {
      if (payload + SNAP_HEADER <= end && (d[payload] & 0xff) == LLC_SNAP
          && (d[payload + 1] & 0xff) == LLC_SNAP && d[payload + 2] == LLC_UI) {
        return ipByType(be16(d, payload + 6), payload + SNAP_HEADER, end, offset, "802.3 SNAP");
      }
      if (log.add(offset, SkipLog.NOT_IP)) {
        log.detail(payload < end ? String.format("802.3/LLC frame, DSAP 0x%02x",
            d[payload] & 0xff) : "802.3 frame without LLC header");
      }
      return -1;
    }
    if (type == ETHERTYPE_MPLS || type == ETHERTYPE_MPLS_MULTICAST) {
      return mpls(d, payload, end, offset);
    }
    return ipByType(type, payload, end, offset, "Ethernet");
  }

  /** Skips an MPLS label stack; the payload after the bottom label is IPv4 when it says so. */
  private int mpls(byte[] d, int p, int end, long offset) {
    for (int labels = 0; labels < MAX_MPLS_LABELS; labels++) {
      if (p + MPLS_LABEL > end) {
        log.add(offset, SkipLog.MALFORMED, "MPLS label stack");
        return -1;
      }
      boolean bottom = (d[p + 2] & 1) != 0;
      p += MPLS_LABEL;
      if (bottom) {
        if (p < end && (d[p] & 0xf0) == 0x40) {
          return p;
        }
        log.add(offset, p < end && (d[p] & 0xf0) == 0x60 ? SkipLog.IPV6 : SkipLog.NOT_IP,
            "MPLS payload");
        return -1;
      }
    }
    log.add(offset, SkipLog.MALFORMED, "MPLS label stack deeper than " + MAX_MPLS_LABELS);
    return -1;
  }

  private int ipByType(int type, int ip, int end, long offset, String link) {
    if (type == ETHERTYPE_IPV4) {
      return ip;
    }
    if (type == ETHERTYPE_IPV6) {
      log.add(offset, SkipLog.IPV6, link);
    } else if (log.add(offset, SkipLog.NOT_IP)) {
      log.detail(String.format("%s type 0x%04x", link, type));
    }
    return -1;
  }

  /** The IP step: checks the IPv4 header and hands the transport payload on. */
  private void ipLayer(long ts, byte[] d, int ip, int end, long offset) {
    if (ip + IPV4_MIN_HEADER > end || (d[ip] & 0xf0) != 0x40) {
      log.add(offset, (ip < end && (d[ip] & 0xf0) == 0x60) ? SkipLog.IPV6 : SkipLog.MALFORMED,
          "IP header");
      return;
    }
    int ihl = (d[ip] & 0x0f) * 4;
    int total = be16(d, ip + 2);
    if (ihl < IPV4_MIN_HEADER || total < ihl || ip + ihl > end) {
      if (log.add(offset, SkipLog.MALFORMED)) {
        log.detail("IPv4 header length");
      }
      return;
    }
    if ((be16(d, ip + 6) & IPV4_FRAGMENT_BITS) != 0) {
      log.add(offset, SkipLog.FRAGMENT);
      return;
    }
    int proto = d[ip + 9] & 0xff;
    int src = be32(d, ip + 12);
    int dst = be32(d, ip + 16);
    int l4 = ip + ihl;
    int ipEnd = ip + total;
    int capEnd = Math.min(end, ipEnd);
    switch (proto) {
      case IPPROTO_TCP -> tcpLayer(ts, offset, src, dst, d, l4, capEnd, ipEnd);
      case IPPROTO_UDP -> udpLayer(ts, offset, src, dst, d, l4, capEnd, ipEnd);
      case IPPROTO_ICMP -> {
        if (l4 + ICMP_HEADER <= capEnd) {
          decoded++;
          icmp(ts, offset, src, dst, d[l4] & 0xff, d[l4 + 1] & 0xff, ipEnd - l4 - ICMP_HEADER);
        } else {
          log.add(offset, SkipLog.MALFORMED, "ICMP header");
        }
      }
      default -> {
        if (log.add(offset, SkipLog.NOT_TCP_UDP)) {
          log.detail("IP protocol " + proto);
        }
      }
    }
  }

  /** The TCP step: checks the header, then tracks the flow. */
  private void tcpLayer(long ts, long offset, int src, int dst, byte[] d, int l4, int capEnd,
      int ipEnd) {
    if (l4 + TCP_MIN_HEADER > capEnd) {
      if (log.add(offset, SkipLog.MALFORMED)) {
        log.detail("TCP header");
      }
      return;
    }
    int thl = (d[l4 + 12] & 0xf0) >>> 2;
    if (thl < TCP_MIN_HEADER || l4 + thl > ipEnd) {
      if (log.add(offset, SkipLog.MALFORMED)) {
        log.detail("TCP header length");
      }
      return;
    }
    int pay = l4 + thl;
    decoded++;
    tcp(ts, offset, src, be16(d, l4), dst, be16(d, l4 + 2), be32(d, l4 + 4),
        d[l4 + 13] & TCP_FLAG_BITS, d, pay, Math.max(0, capEnd - pay), ipEnd - pay);
  }

  /** The UDP step: checks the header, then tracks the flow. */
  private void udpLayer(long ts, long offset, int src, int dst, byte[] d, int l4, int capEnd,
      int ipEnd) {
    if (l4 + UDP_HEADER > capEnd) {
      if (log.add(offset, SkipLog.MALFORMED)) {
        log.detail("UDP header");
      }
      return;
    }
    int pay = l4 + UDP_HEADER;
    decoded++;
    udp(ts, offset, src, be16(d, l4), dst, be16(d, l4 + 2), d, pay, Math.max(0, capEnd - pay),
        ipEnd - pay);
  }

  private static int be16(byte[] d, int p) {
    return (d[p] & 0xff) << 8 | (d[p + 1] & 0xff);
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
    table.remove(f.k1, f.k2);
    if (f.idleList >= 0) {
      idle.unlink(f);
    }
    if (f.reported) {
      reportedOpen--;
      unlinkReported(f);
      queue(f.toConnection().asUpdate(Math.max(now, f.last)), Math.max(now, f.last), counter++);
      return;
    }
    queue(f.toConnection(), f.start, f.order);
    unlinkAge(f);
  }

  /**
   * Reports a flow open for {@link #HOLD}: its figures so far leave now, stamped with its start,
   * and it stops holding the watermark; {@link #end} sends the final figures as an update.
   */
  private void report(Flow f) {
    queue(f.toConnection(), f.start, f.order);
    unlinkAge(f);
    f.reported = true;
    reportedOpen++;
    // reported flows reuse the age links for their own list, so finish() can end them
    f.agePrev = null;
    f.ageNext = reportedHead;
    if (reportedHead != null) {
      reportedHead.agePrev = f;
    }
    reportedHead = f;
  }

  private void unlinkReported(Flow f) {
    if (f.agePrev == null) {
      reportedHead = f.ageNext;
    } else {
      f.agePrev.ageNext = f.ageNext;
    }
    if (f.ageNext != null) {
      f.ageNext.agePrev = f.agePrev;
    }
  }

  private void unlinkAge(Flow f) {
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
    if (out.size() > peakQueued) {
      peakQueued = out.size();
    }
  }
}
