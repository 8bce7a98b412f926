package io.wormbench.traffic.codec.pcap.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.OsFamily;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the packets of a mixed estate carry each host's own stack (SYN signatures by OS
 * family, TTL less the hops, IP ID behaviour, vendor MACs), handshakes take the path's round
 * trip, bulk data is paced with the receiver's ACKs in between, and an HTTP response's body
 * starts in the segment of its head; the capture still decodes into the same connections.
 */
class WireRealismTest {
  @TempDir
  Path tmp;
  private WireWorld world;
  private Path pcap;
  private List<PcapPackets.P> packets;
  private Map<Integer, OsFamily> os;

  @BeforeEach
  void write() throws Exception {
    world = new WireWorld(5);
    pcap = tmp.resolve("estate.pcap");
    PcapWriter.Stats stats = PcapWriter.write(EventSource.of(world.events), pcap,
        WireHosts.of(world.hosts));
    assertThat(stats.overBudget()).isEmpty();
    assertThat(stats.dropped()).isEmpty();
    packets = PcapPackets.read(pcap);
    os = new HashMap<>();
    for (HostInfo h : world.hosts) {
      os.put(h.address(), h.software().os());
    }
  }

  @Test
  void synSignaturesDifferByOsFamilyAndAreStablePerHost() {
    Map<OsFamily, Set<String>> byFamily = new HashMap<>();
    Map<Integer, Set<String>> byHost = new HashMap<>();
    for (PcapPackets.P p : packets) {
      if (p.syn() && os.containsKey(p.src())) {
        byFamily.computeIfAbsent(os.get(p.src()), k -> new HashSet<>()).add(p.signature());
        byHost.computeIfAbsent(p.src(), k -> new HashSet<>()).add(p.signature());
        int ttl = switch (os.get(p.src())) {
          case WINDOWS_CLIENT, WINDOWS_SERVER -> 128;
          case EMBEDDED, PRINTER -> p.ttl() == 255 ? 255 : 64;
          default -> 64;
        };
        assertThat(p.ttl()).as("SYN TTL of %s", Ipv4.format(p.src())).isEqualTo(ttl);
      }
    }
    Set<String> all = new HashSet<>();
    byFamily.values().forEach(all::addAll);
    System.out.printf("distinct SYN signatures: %d %s%n", all.size(), byFamily);
    assertThat(all).hasSizeGreaterThanOrEqualTo(5);
    assertThat(byFamily.get(OsFamily.WINDOWS_CLIENT)).allMatch(s -> s.endsWith(
        "mss,nop,ws8,nop,nop,sok") || s.endsWith("mss,nop,ws2,nop,nop,sok"));
    assertThat(byFamily.get(OsFamily.LINUX)).allMatch(s -> s.endsWith("mss,sok,ts,nop,ws7"));
    assertThat(byFamily.get(OsFamily.MACOS)).allMatch(s -> s.contains(",ts,sok,eol"));
    byHost.values().forEach(s -> assertThat(s).hasSize(1));
  }

  @Test
  void internetHostsAreHopsAwayAndBehindTheGatewayMac() {
    Set<Integer> ttls = new HashSet<>();
    for (PcapPackets.P p : packets) {
      if (p.proto() == 6 && !os.containsKey(p.src())) {
        assertThat(p.srcMac()).isEqualTo(WireHosts.GATEWAY_MAC);
        int initial = p.ttl() > 128 ? 255 : p.ttl() > 64 ? 128 : 64;
        assertThat(initial - p.ttl()).isBetween(8, 25);
        ttls.add(p.ttl());
      } else if (p.proto() == 6) {
        assertThat(p.srcMac() >>> 24).as("vendor OUI").isNotEqualTo(0x0200L);
        assertThat(p.srcMac() & 0xffffff).isEqualTo((long) (p.src() & 0xffffff));
      }
    }
    assertThat(ttls).hasSizeGreaterThan(3);
  }

  @Test
  void ipIdAdvancesPerHostOnWindowsAndPerConnectionOnLinux() {
    Map<Integer, List<Integer>> perHost = new HashMap<>();
    Map<String, List<Integer>> perConn = new HashMap<>();
    for (PcapPackets.P p : packets) {
      if (p.proto() != 6 || !os.containsKey(p.src())) {
        continue;
      }
      perHost.computeIfAbsent(p.src(), k -> new ArrayList<>()).add(p.ipId());
      if (!p.synAck()) {
        perConn.computeIfAbsent(p.src() + ":" + p.sp(), k -> new ArrayList<>()).add(p.ipId());
      } else if (os.get(p.src()) == OsFamily.LINUX) {
        assertThat(p.ipId()).as("Linux SYN-ACK IP ID").isZero();
      }
    }
    int win = Ipv4.of(10, 1, 1, 10);
    List<Integer> w = perHost.get(win);
    for (int i = 1; i < w.size(); i++) {
      assertThat(w.get(i)).isEqualTo((w.get(i - 1) + 1) & 0xffff);
    }
    int lin = Ipv4.of(10, 1, 1, 21);
    Set<Integer> starts = new HashSet<>();
    perConn.forEach((k, ids) -> {
      if (k.startsWith(lin + ":")) {
        starts.add(ids.get(0));
        for (int i = 1; i < ids.size(); i++) {
          assertThat(ids.get(i)).isEqualTo((ids.get(i - 1) + 1) & 0xffff);
        }
      }
    });
    assertThat(starts).as("a random start per Linux connection").hasSizeGreaterThan(3);
  }

  @Test
  void handshakesTakeThePathRoundTripAndDataIsPaced() {
    Map<String, Long> syn = new HashMap<>();
    List<Long> lan = new ArrayList<>();
    List<Long> wan = new ArrayList<>();
    for (PcapPackets.P p : packets) {
      if (p.syn()) {
        syn.put(p.src() + ":" + p.sp(), p.ts());
      } else if (p.synAck()) {
        long rtt = p.ts() - syn.get(p.dst() + ":" + p.dp());
        (os.containsKey(p.src()) ? lan : wan).add(rtt);
      }
    }
    lan.sort(null);
    wan.sort(null);
    System.out.printf("handshake RTT us: LAN median %d (%d..%d), internet median %d (%d..%d)%n",
        lan.get(lan.size() / 2), lan.get(0), lan.get(lan.size() - 1), wan.get(wan.size() / 2),
        wan.get(0), wan.get(wan.size() - 1));
    assertThat(lan).allMatch(r -> r > 0 && r < 3_000);
    assertThat(wan).allMatch(r -> r >= 5_000 && r <= 300_000);
    assertThat(new HashSet<>(wan)).hasSizeGreaterThan(wan.size() / 2);
    // a download: its data segments spread over the connection, with bare ACKs between them
    Map<String, List<Long>> data = new HashMap<>();
    Map<String, Integer> acks = new HashMap<>();
    for (PcapPackets.P p : packets) {
      if (p.proto() == 6 && p.sp() == 80 && p.payload().length > 0) {
        data.computeIfAbsent(p.dst() + ":" + p.dp(), k -> new ArrayList<>()).add(p.ts());
      } else if (p.proto() == 6 && p.dp() == 80 && p.payload().length == 0 && p.flags() == 0x10) {
        acks.merge(p.src() + ":" + p.sp(), 1, Integer::sum);
      }
    }
    assertThat(data).isNotEmpty();
    data.forEach((k, ts) -> {
      long spread = ts.get(ts.size() - 1) - ts.get(0);
      assertThat(spread).as("data of %s spread over the session", k).isGreaterThan(20_000_000L);
      assertThat(new HashSet<>(ts).size()).isGreaterThan(ts.size() / 20);
      assertThat(acks.getOrDefault(k, 0)).isGreaterThan(ts.size() / 4);
    });
  }

  @Test
  void httpBodyStartsInTheSegmentOfTheResponseHead() {
    int n = 0;
    for (PcapPackets.P p : packets) {
      String s = new String(p.payload(), StandardCharsets.ISO_8859_1);
      if (p.sp() == 80 && s.startsWith("HTTP/1.1 200")) {
        int body = s.indexOf("\r\n\r\n") + 4;
        assertThat(s.substring(body)).startsWith("MZ");
        n++;
      }
    }
    assertThat(n).isGreaterThan(5);
  }

  @Test
  void decodesIntoTheSameConnections() {
    List<String> want = new ArrayList<>();
    world.events.forEach(e -> {
      if (e instanceof Connection c) {
        want.add(key(c));
      }
    });
    List<String> got = new ArrayList<>();
    try (EventSource in = PcapEventSource.open(pcap)) {
      in.forEachRemaining(e -> {
        if (e instanceof Connection c) {
          got.add(key(c));
        }
      });
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  private static String key(Connection c) {
    return c.ts() + " " + c.id() + " " + c.duration() + " " + c.origBytes() + " "
        + c.respBytes() + " " + c.origPkts() + " " + c.respPkts() + " " + c.state();
  }

  @Test
  void tlsSessionDataTravelsInApplicationDataRecordsTsharkParses() throws Exception {
    // independent of tshark: every responder segment after the hellos parses as records
    assertThat(packets.stream().filter(p -> p.sp() == 443 && p.payload().length > 5
        && p.payload()[0] == 23 && p.payload()[1] == 3 && p.payload()[2] == 3)).isNotEmpty();
    assertThat(packets.stream().filter(p -> p.proto() == 6 && (p.sp() == 443 || p.dp() == 443)
        && p.payload().length > 0 && allZero(p.payload()))).as("zero-filled TLS segments")
        .isEmpty();
    Path tshark = Path.of("/usr/bin/tshark");
    Assumptions.assumeTrue(Files.isExecutable(tshark) || System.getenv("CI") != null,
        "tshark is not installed here (.ci/run installs it; CI never skips this test)");
    Process pr = new ProcessBuilder(tshark.toString(), "-n", "-r", pcap.toString(), "-o",
        "tls.desegment_ssl_records:TRUE", "-z", "expert,warn", "-q")
        .redirectErrorStream(true).start();
    String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(pr.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out).doesNotContain("Ignored Unknown Record").doesNotContain("Malformed");
    Process fields = new ProcessBuilder(tshark.toString(), "-n", "-r", pcap.toString(), "-Y",
        "tls.record.content_type == 23", "-T", "fields", "-e", "frame.number")
        .redirectErrorStream(true).start();
    String f = new String(fields.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fields.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(f.lines().count()).as("frames with application data records").isGreaterThan(50);
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  @Test
  void p0fNamesWindowsAndLinux() throws Exception {
    Path p0f = Path.of("/usr/sbin/p0f");
    Assumptions.assumeTrue(Files.isExecutable(p0f) || System.getenv("CI") != null,
        "p0f is not installed here (.ci/run installs it; CI never skips this test)");
    Path log = tmp.resolve("p0f.log");
    Process pr = new ProcessBuilder(p0f.toString(), "-r", pcap.toString(), "-o", log.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(pr.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Map<String, String> label = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      if (line.contains("subj=cli") && line.contains("mod=syn|")) {
        String cli = line.replaceAll(".*cli=([0-9.]+)/.*", "$1");
        label.put(cli, line.replaceAll(".*\\|os=([^|]*)\\|.*", "$1"));
      }
    }
    System.out.println("p0f: " + label);
    assertThat(label.get("10.1.1.10")).startsWith("Windows");
    assertThat(label.get("10.1.1.13")).startsWith("Windows");
    assertThat(label.get("10.1.1.21")).startsWith("Linux");
    assertThat(label.get("10.1.1.20")).startsWith("Mac OS");
  }
}
