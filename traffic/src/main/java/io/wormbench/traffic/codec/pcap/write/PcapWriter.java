package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.CaptureException;
import io.wormbench.traffic.codec.pcap.proto.DceRpcNames;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Renders an event stream (each Connection followed by its protocol records, linked by uid)
 * as a classic pcap of Ethernet/IPv4/TCP/UDP packets: TCP handshake, MSS segmentation,
 * FIN/RST per conn_state, the application payloads of each record byte-correct per its spec,
 * and byte and packet counts filled up to the Connection's figures. Packets carry the event
 * times; a time-ordered queue released below the watermark (the time of the next input event)
 * keeps the output ordered while streaming, with memory bounded by the open connections.
 */
public final class PcapWriter implements AutoCloseable {
  private final String file;
  private final FileChannel channel;
  private final FrameEncoder enc;
  final WireHosts hosts;
  private final Map<Integer, int[]> hostIpIds = new HashMap<>();
  private final PriorityQueue<Pkt> queue = new PriorityQueue<>();
  private final Map<String, Conversation> open = new HashMap<>();
  private final TreeMap<String, Long> dropped = new TreeMap<>();
  private final TreeMap<String, Long> overBudget = new TreeMap<>();
  /**
   * How long packets stay queued behind the newest input event: a connection's handshake task
   * runs only once every record up to this long after its start is known, so its SYN-ACK can
   * take the path's round-trip time without passing the first record's packets.
   */
  static final long LAG = 500_000L;
  /** One segment of TLS record filler, rendered just before it is written. */
  private final byte[] scratch = new byte[Conversation.MSS];
  private long order;
  private long events;
  private long lastTs = Long.MIN_VALUE;

  /**
   * Counters of a finished write: packets, file bytes, records that could not be rendered, and
   * TCP connections whose recorded bytes or packets were fewer than their payloads need (the
   * capture then carries more than the Connection says; a decoder reports the larger figure).
   */
  public record Stats(long events, long packets, long bytes, Map<String, Long> dropped,
      Map<String, Long> overBudget) {}

  private PcapWriter(String file, FileChannel channel, WireHosts hosts) {
    this.file = file;
    this.channel = channel;
    this.enc = new FrameEncoder(channel);
    this.hosts = hosts;
  }

  /**
   * Creates (or truncates) {@code path}; a clear {@link CaptureException} when it cannot.
   * Stacks are drawn from addresses ({@link WireHosts#NONE}).
   */
  public static PcapWriter open(Path path) {
    return open(path, WireHosts.NONE);
  }

  /** Creates (or truncates) {@code path}, rendering each host with its stack in {@code hosts}. */
  public static PcapWriter open(Path path, WireHosts hosts) {
    try {
      return new PcapWriter(path.toString(), FileChannel.open(path, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), hosts);
    } catch (IOException e) {
      throw new CaptureException(path.toString(), 0, "cannot write: " + e.getMessage());
    }
  }

  /** Renders every event of {@code source} to {@code path} and closes both. */
  public static Stats write(EventSource source, Path path) {
    return write(source, path, WireHosts.NONE);
  }

  /** Renders every event of {@code source} to {@code path} with {@code hosts}' stacks. */
  public static Stats write(EventSource source, Path path, WireHosts hosts) {
    try (source; PcapWriter w = open(path, hosts)) {
      source.forEachRemaining(w::write);
      w.finish();
      return w.stats();
    }
  }

  /** The IP ID counter of a host whose stack keeps one per host (a random start per host). */
  int[] hostIpId(int host) {
    return hostIpIds.computeIfAbsent(host, a -> new int[] {WireHosts.mix(a)});
  }

  long order() {
    return order++;
  }

  void queue(Pkt p) {
    queue.add(p);
  }

  void dropped(String reason) {
    dropped.merge(reason, 1L, Long::sum);
  }

  /** A Connection whose byte or packet figure is below what its rendered payloads need. */
  void overBudget(String what) {
    overBudget.merge(what, 1L, Long::sum);
  }

  /** Renders one event; events must come in non-decreasing time order. */
  public void write(Event e) {
    events++;
    if (e.ts() < lastTs) {
      // still rendered, at its own time; the file is then not strictly time-ordered
      dropped("event earlier than the previous one (rendered out of order)");
    }
    lastTs = Math.max(lastTs, e.ts());
    try {
      release(e.ts() - LAG);
    } catch (UncheckedIOException x) {
      throw new CaptureException(file, enc.bytes + 24, "cannot write: " + x.getCause().getMessage());
    }
    if (e instanceof Connection c) {
      Conversation conv = new Conversation(this, c);
      open.put(c.uid(), conv);
      conv.start();
      conv.scheduleTick();
      queue.add(new Pkt(conv.end(), order++, conv, true, true, 0, 0, 0, null, 0, 0));
      return;
    }
    Conversation conv = open.get(e.uid());
    if (conv == null) {
      dropped("record without a preceding Connection");
      return;
    }
    render(conv, e);
  }

  private void render(Conversation conv, Event e) {
    long ts = e.ts();
    if (e instanceof DnsQuery q) {
      int id = conv.dnsId++ & 0xffff;
      conv.send(ts, true, DnsWire.query(id, q, 0));
      if (!q.rcode().isEmpty()) {
        // answer delay: what remains of the connection's duration, so the last answer is its
        // last packet, as when a simulator times one query and its response
        long at = q.rtt() > 0 ? ts + q.rtt() : Math.min(conv.end(), ts + conv.c.duration());
        conv.send(Math.max(ts, at), false, DnsWire.response(id, q, 0));
      }
    } else if (e instanceof HttpTransaction h) {
      conv.send(ts, true, HttpWire.request(h));
      if (h.statusCode() != 0) {
        // head and the body's first bytes in one write, so they share the first segment as
        // real servers send them; the rest of the body paced over the connection
        byte[] head = HttpWire.responseWithBodyStart(h);
        conv.send(ts, false, head);
        conv.paced(ts, false, h.respBodyLen() - HttpWire.body(h).length);
        conv.ackBursts();
      }
    } else if (e instanceof TlsHandshake t) {
      conv.tlsRecords = true;
      conv.send(ts, true, TlsWire.clientHello(t, conv.c.uid().hashCode()));
      if (!t.version().isEmpty()) {
        conv.send(ts, false, TlsWire.serverHello(t, conv.c.uid().hashCode()));
      }
      conv.paceRest(ts);
    } else if (e instanceof RdpConnect r) {
      conv.send(ts, true, RdpWire.request(r));
      conv.send(ts, false, RdpWire.confirm(r));
      conv.paceRest(ts);
    } else if (e instanceof StratumMessage m) {
      conv.send(ts, m.fromOriginator(), StratumWire.line(m, conv.jsonId++));
    } else if (e instanceof NtlmAuth a) {
      conv.smb.ntlm(a);
    } else if (e instanceof SmbTreeConnect t) {
      conv.smb.tree(t);
    } else if (e instanceof SmbFileAccess f) {
      conv.smb.file(f);
    } else if (e instanceof DceRpcCall d) {
      if (conv.c.id().respP() == 445 || conv.c.service().equals("smb")) {
        conv.smb.dceRpc(d);
      } else {
        dceOverTcp(conv, d);
      }
    } else {
      DomainWire.render(conv, e);
    }
  }

  private void dceOverTcp(Conversation conv, DceRpcCall d) {
    Integer ctx = conv.dceContexts.get(d.endpoint());
    if (ctx == null) {
      ctx = conv.dceContexts.size();
      conv.dceContexts.put(d.endpoint(), ctx);
      conv.send(d.ts(), true, DceRpcWire.bind(d.endpoint(), conv.callId, ctx));
      conv.send(d.ts(), false, DceRpcWire.bindAck(String.valueOf(conv.c.id().respP()),
          conv.callId++));
    }
    int opnum = Math.max(0, DceRpcNames.opnum(d.endpoint(), d.operation()));
    conv.send(d.ts(), true, DceRpcWire.request(d.endpoint(), d.operation(), opnum, conv.callId, ctx));
    conv.send(d.ts(), false, DceRpcWire.response(d.endpoint(), d.operation(), conv.callId++, ctx));
  }

  /** Writes every queued packet earlier than {@code watermark}, running due teardowns. */
  private void release(long watermark) {
    Pkt p;
    while ((p = queue.peek()) != null && p.ts < watermark) {
      queue.poll();
      if (p.teardown && p.flags == Pkt.TICK) {
        p.conv.tick(p.ts);
        continue;
      }
      if (p.teardown && p.flags == Pkt.HANDSHAKE) {
        p.conv.handshake(p.ts);
        continue;
      }
      if (p.teardown) {
        p.conv.teardown();
        open.remove(p.conv.c.uid());
        continue;
      }
      Connection c = p.conv.c;
      int src = p.fromOrig ? c.id().origH() : c.id().respH();
      int sp = p.fromOrig ? c.id().origP() : c.id().respP();
      int dst = p.fromOrig ? c.id().respH() : c.id().origH();
      int dp = p.fromOrig ? c.id().respP() : c.id().origP();
      if (c.proto() == Transport.ICMP) {
        IcmpWire.send(enc, p);
      } else if (!p.conv.tcp || p.len <= Conversation.MSS) {
        byte[] data = p.data;
        int off = p.off;
        if (data == null && p.conv.tlsRecords && p.conv.tlsFill(p.fromOrig, p.seq, scratch, p.len)) {
          data = scratch;
          off = 0;
        }
        enc.packet(p.ts, p.conv.tcp, p.conv.side(p.fromOrig), src, sp, dst, dp, p.flags, p.seq,
            p.ack, data, off, p.len);
      } else {
        Endpoint from = p.conv.side(p.fromOrig);
        for (int k = 0; k < p.len; k += Conversation.MSS) {
          int n = Math.min(Conversation.MSS, p.len - k);
          byte[] data = p.data;
          int off = p.off + k;
          if (data == null && p.conv.tlsRecords
              && p.conv.tlsFill(p.fromOrig, p.seq + k, scratch, n)) {
            data = scratch;
            off = 0;
          }
          enc.packet(p.ts, true, from, src, sp, dst, dp, p.flags, p.seq + k, p.ack, data,
              off, n);
        }
      }
    }
  }

  /** Writes everything still queued; further events are an error. */
  public void finish() {
    try {
      release(Long.MAX_VALUE);
      enc.flush();
    } catch (UncheckedIOException x) {
      throw new CaptureException(file, enc.bytes + 24, "cannot write: " + x.getCause().getMessage());
    }
  }

  /** What has been written so far. */
  public Stats stats() {
    return new Stats(events, enc.packets, enc.bytes + 24, Map.copyOf(dropped),
        Map.copyOf(overBudget));
  }

  @Override
  public void close() {
    try {
      finish();
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        throw new CaptureException(file, enc.bytes + 24, "cannot close: " + e.getMessage());
      }
    }
  }
}
