package io.wormbench.traffic.codec.bench;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic event mix for the codec benchmark: sessions of every protocol, each a
 * Connection followed by its protocol records, in time order. Field values vary with the seed
 * so parsers cannot benefit from identical lines.
 */
final class CodecWorkload {
  private CodecWorkload() {}

  static List<Event> events(int sessions, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Event> out = new ArrayList<>(sessions * 3);
    long ts = 1_700_000_000L * Micros.SECOND;
    for (int i = 0; i < sessions; i++) {
      ts += 1 + rnd.nextInt(200_000);
      String uid = "C" + Long.toString(Math.abs(rnd.nextLong()), 36);
      int kind = i % 8;
      int port = new int[] {53, 80, 443, 445, 445, 3389, 135, 3333}[kind];
      ConnId id = new ConnId(Ipv4.of(10, 1, rnd.nextInt(256), rnd.nextInt(256)),
          1024 + rnd.nextInt(60_000), Ipv4.of(10, 2, rnd.nextInt(256), rnd.nextInt(256)), port);
      out.add(new Connection(ts, uid, id, kind == 0 ? Transport.UDP : Transport.TCP,
          new String[] {"dns", "http", "ssl", "smb", "smb", "rdp", "dce_rpc", "stratum"}[kind],
          rnd.nextInt(5_000_000), rnd.nextInt(100_000), rnd.nextInt(1_000_000),
          1 + rnd.nextInt(100), 1 + rnd.nextInt(100), ConnState.SF));
      long t = ts + 1 + rnd.nextInt(1000);
      switch (kind) {
        case 0 -> out.add(new DnsQuery(t, uid, id, "host" + rnd.nextInt(10_000) + ".example.com",
            "A", "NOERROR", List.of("198.51.100." + rnd.nextInt(256))));
        case 1 -> out.add(new HttpTransaction(t, uid, id, "GET", "updates.example.com",
            "/files/" + rnd.nextInt(100_000) + ".exe", "Mozilla/5.0 (Windows NT 10.0)", 200,
            "application/x-dosexec", rnd.nextInt(2_000_000)));
        case 2 -> out.add(new TlsHandshake(t, uid, id, "site" + rnd.nextInt(5000) + ".example",
            "TLSv12"));
        case 3 -> {
          out.add(new NtlmAuth(t, uid, id, "CORP", "user" + rnd.nextInt(500), "WS" + i % 900,
              rnd.nextBoolean()));
          out.add(new SmbTreeConnect(t + 1, uid, id, "\\\\FS01\\share" + rnd.nextInt(20), "DISK"));
        }
        case 4 -> out.add(new SmbFileAccess(t, uid, id, SmbFileAccess.Action.WRITE,
            "\\\\WS" + rnd.nextInt(900) + "\\ADMIN$", "x" + rnd.nextInt(99_999) + ".exe",
            rnd.nextInt(500_000)));
        case 5 -> out.add(new RdpConnect(t, uid, id, "admin" + rnd.nextInt(20), "Success"));
        case 6 -> out.add(new DceRpcCall(t, uid, id, "svcctl", "CreateServiceW"));
        default -> out.add(new StratumMessage(t, uid, id, "mining.submit", "w" + rnd.nextInt(99),
            "XMRig/6.21.0", true));
      }
      ts = out.get(out.size() - 1).ts();
    }
    return out;
  }
}
