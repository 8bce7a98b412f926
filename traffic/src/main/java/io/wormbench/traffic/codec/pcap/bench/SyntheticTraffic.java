package io.wormbench.traffic.codec.pcap.bench;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic benchmark workload: overlapping sessions (HTTP downloads, TLS, SMB logons
 * and file writes, DNS, Stratum, bulk TCP) about one millisecond apart, each with realistic
 * payload sizes, so the rendered capture is dominated by MSS-sized data segments as real
 * enterprise captures are.
 */
final class SyntheticTraffic {
  private SyntheticTraffic() {}

  /** Events for roughly {@code sessions} sessions, in time order. */
  static List<Event> events(int sessions, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Event> out = new ArrayList<>();
    long t = 1_700_000_000_000_000L;
    for (int i = 0; i < sessions; i++) {
      t += r.nextLong(200, 2_000);
      String uid = String.format("CB%016d", i);
      int client = Ipv4.of(10, 2, r.nextInt(0, 40), r.nextInt(2, 250));
      int server = Ipv4.of(r.nextInt(20, 90), r.nextInt(256), r.nextInt(256), r.nextInt(1, 250));
      int sport = 1024 + (i % 60000);
      long d = r.nextLong(10_000, 2_000_000);
      switch (r.nextInt(6)) {
        case 0 -> {
          ConnId id = new ConnId(client, sport, server, 53);
          DnsQuery q = new DnsQuery(t, uid, id, "host" + r.nextInt(5000) + ".example.com", "A",
              "NOERROR", List.of(Ipv4.format(server)));
          out.add(new Connection(t, uid, id, Transport.UDP, "dns", 0, 0, 0, 1, 1, ConnState.SF));
          out.add(q);
        }
        case 1 -> {
          ConnId id = new ConnId(client, sport, server, 80);
          long body = r.nextLong(10_000, 150_000);
          out.add(new Connection(t, uid, id, Transport.TCP, "http", d, 0, 0, acks(body), 0,
              ConnState.SF));
          out.add(new HttpTransaction(t + d / 4, uid, id, "GET", "dl.example.net", "/f" + i + ".exe",
              "Mozilla/5.0", 200, "application/x-dosexec", body));
        }
        case 2 -> {
          ConnId id = new ConnId(client, sport, server, 443);
          long resp = r.nextLong(20_000, 100_000);
          out.add(new Connection(t, uid, id, Transport.TCP, "ssl", d, 4_000, resp, acks(resp), 0,
              ConnState.SF));
          out.add(new TlsHandshake(t + d / 10, uid, id, "www" + i % 300 + ".example.org", "TLSv13"));
        }
        case 3 -> {
          ConnId id = new ConnId(client, sport, Ipv4.of(10, 3, 0, r.nextInt(2, 250)), 445);
          String path = "\\\\" + Ipv4.format(id.respH()) + "\\ADMIN$";
          long size = r.nextLong(20_000, 200_000);
          out.add(new Connection(t, uid, id, Transport.TCP, "smb", d, 0, 0, 0, acks(size),
              ConnState.SF));
          out.add(new NtlmAuth(t + d / 8, uid, id, "CORP", "user" + r.nextInt(100), "WS1", true));
          out.add(new SmbTreeConnect(t + d / 4, uid, id, path, "DISK"));
          out.add(new SmbFileAccess(t + d / 2, uid, id, SmbFileAccess.Action.WRITE, path, "x7fq.exe",
              size));
        }
        case 4 -> {
          ConnId id = new ConnId(client, sport, server, 3333);
          out.add(new Connection(t, uid, id, Transport.TCP, "stratum", d, 0, 0, 0, 0, ConnState.SF));
          out.add(new StratumMessage(t + 1, uid, id, "login", "wallet" + i, "XMRig/6.21", true));
          for (int k = 1; k <= 20; k++) {
            out.add(new StratumMessage(t + d * k / 21, uid, id, k % 2 == 0 ? "submit" : "job", "",
                "", k % 2 == 0));
          }
        }
        default -> {
          ConnId id = new ConnId(client, sport, server, 9000 + r.nextInt(100));
          long resp = r.nextLong(10_000, 200_000);
          out.add(new Connection(t, uid, id, Transport.TCP, "", d, r.nextLong(1_000, 20_000),
              resp, acks(resp), 0, ConnState.SF));
        }
      }
    }
    out.sort(Comparator.comparingLong(Event::ts));
    return out;
  }

  /** Pure ACKs a receiver sends for {@code bytes} of data: one per two full segments. */
  private static long acks(long bytes) {
    return bytes / 2920 + 4;
  }
}
