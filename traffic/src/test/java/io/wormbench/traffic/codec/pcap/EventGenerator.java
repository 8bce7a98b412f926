package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.write.DnsWire;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but well-formed event streams in the simulator's conventions (Connection first, its
 * records after it within its duration), for the writer's round-trip property test. Byte and
 * packet figures of TCP connections are generous budgets the writer fills exactly.
 */
final class EventGenerator {
  private final SplittableRandom rnd;
  private final List<Event> out = new ArrayList<>();
  private long clock = 1_700_000_000_000_000L;
  private int port = 40000;
  private int uids;
  private final boolean budgets;

  EventGenerator(long seed, boolean budgets) {
    this.rnd = new SplittableRandom(seed);
    this.budgets = budgets;
  }

  static List<Event> generate(long seed, int sessions) {
    return generate(seed, sessions, true);
  }

  /** With {@code budgets} false, TCP byte and packet figures are 0: the writer sends only payloads. */
  static List<Event> generate(long seed, int sessions, boolean budgets) {
    EventGenerator g = new EventGenerator(seed, budgets);
    for (int i = 0; i < sessions; i++) {
      g.session();
    }
    List<Event> events = new ArrayList<>(g.out);
    events.sort(Comparator.comparingLong(Event::ts));
    return events;
  }

  private int host(boolean internal) {
    return internal ? Ipv4.of(10, 1, rnd.nextInt(1, 5), rnd.nextInt(2, 250))
        : Ipv4.of(rnd.nextInt(11, 99), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(1, 250));
  }

  private String uid() {
    return String.format("CGEN%014d", uids++);
  }

  private String word(int min, int max) {
    int n = rnd.nextInt(min, max + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }

  private void session() {
    clock += rnd.nextLong(1, 3_000_000);
    ConnId id = new ConnId(host(true), port++, host(rnd.nextBoolean()), 0);
    switch (rnd.nextInt(10)) {
      case 0 -> dns(id);
      case 1 -> http(id);
      case 2 -> tls(id);
      case 3 -> rdp(id);
      case 4 -> stratum(id);
      case 5, 6 -> smb(id);
      case 7 -> epmapper(id);
      case 8 -> scan(id, rnd.nextBoolean() ? ConnState.S0 : ConnState.REJ);
      default -> tcp(id, 9000 + rnd.nextInt(100), "", List.of(), rnd.nextLong(0, 5000));
    }
  }

  private static ConnId port(ConnId id, int p) {
    return new ConnId(id.origH(), id.origP(), id.respH(), p);
  }

  private void dns(ConnId id0) {
    ConnId id = port(id0, 53);
    String uid = uid();
    long ts = clock;
    int n = rnd.nextInt(1, 4);
    List<Event> recs = new ArrayList<>();
    long ob = 0;
    long rb = 0;
    int answered = 0;
    long t = ts;
    long last = ts;
    for (int i = 0; i < n; i++) {
      String name = word(2, 8) + "." + word(2, 6) + ".com";
      boolean answer = rnd.nextInt(5) > 0;
      List<String> answers = new ArrayList<>();
      String rcode = "";
      if (answer) {
        rcode = rnd.nextInt(4) == 0 ? "NXDOMAIN" : "NOERROR";
        if (rcode.equals("NOERROR")) {
          if (rnd.nextBoolean()) {
            answers.add("cdn." + name);
          }
          for (int k = rnd.nextInt(1, 3); k > 0; k--) {
            answers.add(Ipv4.format(host(false)));
          }
        }
        answered++;
      }
      // as a decoder sees it: the reply's delay, one TTL per answer, the server's flags
      long rtt = answer ? rnd.nextLong(200, 50_000) : 0;
      List<Long> ttls = new ArrayList<>();
      for (int k = 0; k < answers.size(); k++) {
        ttls.add(rnd.nextLong(0, 86_400) * 1_000_000L);
      }
      DnsQuery q = new DnsQuery(t, uid, id, name, rnd.nextBoolean() ? "A" : "AAAA", rcode,
          answers, rtt, DnsQuery.CLASS_IN, ttls, answer && rnd.nextInt(4) == 0, false, true,
          answer);
      last = Math.max(last, t + rtt);
      ob += DnsWire.query(0, q, 0).length;
      rb += answer ? DnsWire.response(0, q, 0).length : 0;
      recs.add(q);
      t += rnd.nextLong(1, 2_000_000);
    }
    long duration = last - ts;
    out.add(new Connection(ts, uid, id, Transport.UDP, "dns", duration, ob, rb, n, answered,
        answered > 0 ? ConnState.SF : ConnState.S0));
    out.addAll(recs);
  }

  /** An established TCP connection with its records spread over its duration. */
  private void tcp(ConnId id0, int port, String service, List<java.util.function.Function<RecordCtx, Event>> records, long extra) {
    ConnId id = port(id0, port);
    String uid = uid();
    long ts = clock;
    ConnState[] states = {ConnState.SF, ConnState.SF, ConnState.S1, ConnState.RSTO, ConnState.RSTR};
    ConnState state = states[rnd.nextInt(states.length)];
    long t = ts;
    List<Event> recs = new ArrayList<>();
    for (var r : records) {
      t += rnd.nextLong(0, 3_000_000);
      recs.add(r.apply(new RecordCtx(t, uid, id)));
    }
    long duration = t - ts + rnd.nextLong(0, 2_000_000);
    long ob = 60_000 + rnd.nextLong(0, 40_000) + extra;
    long rb = 60_000 + rnd.nextLong(0, 40_000);
    long op = 150 + rnd.nextInt(50);
    long rp = 150 + rnd.nextInt(50);
    out.add(new Connection(ts, uid, id, Transport.TCP, recs.isEmpty() ? "" : service, duration,
        budgets ? ob : 0, budgets ? rb : 0, budgets ? op : 0, budgets ? rp : 0, state));
    out.addAll(recs);
  }

  record RecordCtx(long ts, String uid, ConnId id) {}

  private void http(ConnId id) {
    List<java.util.function.Function<RecordCtx, Event>> recs = new ArrayList<>();
    for (int i = rnd.nextInt(1, 3); i > 0; i--) {
      int kind = rnd.nextInt(3);
      String uri = "/" + word(1, 10) + (kind == 0 ? ".exe" : ".html");
      String host = word(3, 9) + ".net";
      String ua = rnd.nextBoolean() ? "Mozilla/5.0 (Windows NT 10.0)" : "";
      long len = rnd.nextLong(16, 20_000);
      recs.add(c -> switch (kind) {
        case 0 -> new HttpTransaction(c.ts(), c.uid(), c.id(), "GET", host, uri, ua, 200,
            "application/x-dosexec", len);
        case 1 -> new HttpTransaction(c.ts(), c.uid(), c.id(), "GET", host, uri, ua, 404,
            "text/html", len);
        default -> new HttpTransaction(c.ts(), c.uid(), c.id(), "GET", host, uri, ua, 304, "", 0);
      });
    }
    tcp(id, 80, "http", recs, 0);
  }

  private void tls(ConnId id) {
    String sni = rnd.nextInt(4) == 0 ? "" : word(3, 10) + ".org";
    String[] versions = {"TLSv12", "TLSv13", ""};
    String v = versions[rnd.nextInt(3)];
    tcp(id, 443, "ssl", List.of(c -> new TlsHandshake(c.ts(), c.uid(), c.id(), sni, v)), 0);
  }

  private void rdp(ConnId id) {
    String cookie = rnd.nextInt(4) == 0 ? "" : word(3, 8);
    String result = rnd.nextBoolean() ? "Success" : "";
    tcp(id, 3389, "rdp", List.of(c -> new RdpConnect(c.ts(), c.uid(), c.id(), cookie, result)), 0);
  }

  private void stratum(ConnId id) {
    List<java.util.function.Function<RecordCtx, Event>> recs = new ArrayList<>();
    String worker = word(10, 40);
    String agent = "XMRig/6." + rnd.nextInt(20);
    if (rnd.nextBoolean()) {
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "mining.subscribe", "", agent, true));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "mining.authorize", worker, "", true));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "mining.set_difficulty", "", "", false));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "mining.notify", "", "", false));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "mining.submit", worker, "", true));
    } else {
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "login", worker, agent, true));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "job", "", "", false));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "submit", "", "", true));
      recs.add(c -> new StratumMessage(c.ts(), c.uid(), c.id(), "keepalived", "", "", true));
    }
    tcp(id, 3333, "stratum", recs, 0);
  }

  private void smb(ConnId id) {
    String host = Ipv4.format(id.respH());
    String user = rnd.nextBoolean() ? "administrator" : word(3, 9);
    boolean success = rnd.nextBoolean();
    List<java.util.function.Function<RecordCtx, Event>> recs = new ArrayList<>();
    recs.add(c -> new NtlmAuth(c.ts(), c.uid(), c.id(), "CORP", user, "WS" + rnd.nextInt(100),
        success));
    long size = rnd.nextLong(1, 40_000);
    if (success) {
      recs.add(c -> new SmbTreeConnect(c.ts(), c.uid(), c.id(), "\\\\" + host + "\\ADMIN$", "DISK"));
      recs.add(c -> new SmbFileAccess(c.ts(), c.uid(), c.id(), SmbFileAccess.Action.WRITE,
          "\\\\" + host + "\\ADMIN$", "x7fq.exe", size, "application/x-dosexec"));
      recs.add(c -> new SmbTreeConnect(c.ts(), c.uid(), c.id(), "\\\\" + host + "\\IPC$", "PIPE"));
      for (String op : List.of("OpenSCManagerW", "CreateServiceW", "StartServiceW")) {
        recs.add(c -> new DceRpcCall(c.ts(), c.uid(), c.id(), "svcctl", op));
      }
    }
    tcp(id, 445, "smb", recs, size);
  }

  private void epmapper(ConnId id) {
    if (rnd.nextBoolean()) {
      tcp(id, 135, "dce_rpc", List.of(c -> new DceRpcCall(c.ts(), c.uid(), c.id(), "epmapper", "ept_map")), 0);
    } else {
      List<java.util.function.Function<RecordCtx, Event>> recs = new ArrayList<>();
      for (String op : List.of("OpenSCManagerW", "CreateServiceW", "StartServiceW")) {
        recs.add(c -> new DceRpcCall(c.ts(), c.uid(), c.id(), "svcctl", op));
      }
      tcp(id, 49152 + rnd.nextInt(1000), "dce_rpc", recs, 0);
    }
  }

  private void scan(ConnId id0, ConnState state) {
    ConnId id = port(id0, rnd.nextBoolean() ? 445 : 135);
    int syns = rnd.nextInt(1, 4);
    long duration = syns == 1 ? 0 : rnd.nextLong(1, 6_000_000);
    out.add(new Connection(clock, uid(), id, Transport.TCP, "", state == ConnState.REJ && syns == 1
        ? duration : duration, 0, 0, syns, state == ConnState.REJ ? 1 : 0, state));
  }
}
