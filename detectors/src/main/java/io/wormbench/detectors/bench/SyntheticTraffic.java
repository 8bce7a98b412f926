package io.wormbench.detectors.bench;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayDeque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A cheap, seeded stand-in for enterprise traffic, for benchmarking the engine without the
 * simulator (which the detectors module must not depend on): each host acts about once a
 * minute with a mix of DNS, TLS and HTTP to Zipf-popular external endpoints, SMB file access
 * with NTLM logons (a few failing), internal connections and occasional RDP. Not a model of
 * anything; only the event mix and the volume matter.
 */
public final class SyntheticTraffic implements EventSource {
  private static final long START = 1_767_571_200L * Micros.SECOND;
  private static final List<String> NO_ANSWERS = List.of();

  private final SplittableRandom random;
  private final long end;
  private final PriorityQueue<long[]> next = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
  private final ArrayDeque<Event> pending = new ArrayDeque<>();
  private final String[] names = new String[512];
  private long uids;

  /** {@code hosts} workstations over {@code days} days, all randomness from {@code seed}. */
  public SyntheticTraffic(int hosts, int days, long seed) {
    this.random = new SplittableRandom(seed);
    this.end = START + days * Micros.DAY;
    for (int h = 0; h < hosts; h++) {
      next.add(new long[] {START + random.nextLong(Micros.MINUTE), h});
    }
    for (int i = 0; i < names.length; i++) {
      names[i] = "site" + i + ".example";
    }
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty()) {
      long[] h = next.poll();
      if (h == null || h[0] >= end) {
        return false;
      }
      act(h[0], (int) h[1]);
      h[0] += 1 + random.nextLong(2 * Micros.MINUTE);
      next.add(h);
    }
    return true;
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    return pending.poll();
  }

  @Override
  public void close() {}

  private void act(long ts, int host) {
    int src = Ipv4.of(10, 1 + host / 250, host % 250 / 50, 10 + host % 50);
    int zipf = (int) Math.min(names.length - 1, Math.floor(Math.pow(names.length, random.nextDouble())) - 1);
    int ext = Ipv4.of(93, 184, zipf & 0xff, 7 + (zipf >> 8));
    String uid = "C" + Long.toString(++uids, 36);
    int r = random.nextInt(100);
    if (r < 35) {
      ConnId id = new ConnId(src, 50000 + r, Ipv4.of(10, 0, 0, 2), 53);
      pending.add(conn(ts, uid, id, Transport.UDP, "dns", 40, 90));
      pending.add(new DnsQuery(ts, uid, id, names[zipf], "A", "NOERROR", NO_ANSWERS));
    } else if (r < 65) {
      ConnId id = new ConnId(src, 50000 + r, ext, 443);
      pending.add(conn(ts, uid, id, Transport.TCP, "ssl", 2000, 30000));
      pending.add(new TlsHandshake(ts, uid, id, names[zipf], "TLSv12"));
    } else if (r < 75) {
      ConnId id = new ConnId(src, 50000 + r, ext, 80);
      pending.add(conn(ts, uid, id, Transport.TCP, "http", 500, 60000));
      boolean exe = zipf == 0 && random.nextInt(20) == 0;
      pending.add(new HttpTransaction(ts, uid, id, "GET", names[zipf], exe ? "/kb/update.msi" : "/",
          "Mozilla/5.0", 200, exe ? "application/x-dosexec" : "text/html", 60000));
    } else if (r < 90) {
      int server = Ipv4.of(10, 0, 0, 3 + r % 3);
      ConnId id = new ConnId(src, 50000 + r, server, 445);
      boolean ok = random.nextInt(100) != 0;
      pending.add(conn(ts, uid, id, Transport.TCP, "smb", 4000, 90000));
      pending.add(new NtlmAuth(ts, uid, id, "CORP", "user" + host, "WS" + host, ok));
      if (ok) {
        pending.add(new SmbTreeConnect(ts, uid, id, "\\\\FS01\\Share", "DISK"));
        pending.add(new SmbFileAccess(ts, uid, id, SmbFileAccess.Action.READ, "\\\\FS01\\Share",
            "report.docx", 80000));
      }
    } else if (r < 99) {
      ConnId id = new ConnId(src, 50000 + r, Ipv4.of(10, 0, 1, 1 + r % 20), 8080 + r % 5);
      pending.add(conn(ts, uid, id, Transport.TCP, "", 300, 700));
    } else {
      ConnId id = new ConnId(src, 50000 + r, Ipv4.of(10, 0, 0, 20 + host % 4), 3389);
      pending.add(conn(ts, uid, id, Transport.TCP, "rdp", 50000, 900000));
      pending.add(new RdpConnect(ts, uid, id, "user" + host, "Success"));
    }
  }

  private Connection conn(long ts, String uid, ConnId id, Transport proto, String service,
      long out, long in) {
    return new Connection(ts, uid, id, proto, service, Micros.SECOND, out, in, 5, 5,
        ConnState.SF);
  }
}
