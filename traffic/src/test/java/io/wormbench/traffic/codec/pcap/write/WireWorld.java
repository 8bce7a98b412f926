package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small mixed estate for the wire-realism tests: Windows 10/11 and 7 workstations with
 * several browsers, Windows and Linux servers, a Mac, embedded devices and a printer, each
 * making TLS sessions and HTTP downloads to internet endpoints and to an internal server,
 * with records placed after the handshake as the simulator places them.
 */
final class WireWorld {
  final List<HostInfo> hosts = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<Integer> internet = new ArrayList<>();
  private int uid;

  WireWorld(long seed) {
    host(Ipv4.of(10, 1, 1, 10), HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT, "10.0.19045",
        "chrome/131.0.6778.86");
    host(Ipv4.of(10, 1, 1, 11), HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT, "10.0.22631",
        "edge/130.0.2849.80");
    host(Ipv4.of(10, 1, 1, 12), HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT, "10.0.22631",
        "firefox/132.0");
    host(Ipv4.of(10, 1, 1, 13), HostRole.WORKSTATION, OsFamily.WINDOWS_CLIENT, "6.1.7601",
        "chrome/109.0.5414.120");
    host(Ipv4.of(10, 1, 1, 20), HostRole.WORKSTATION, OsFamily.MACOS, "14.6.1", "safari/17.5");
    host(Ipv4.of(10, 1, 1, 21), HostRole.WORKSTATION, OsFamily.LINUX, "ubuntu-24.04",
        "firefox/131.0");
    host(Ipv4.of(10, 1, 2, 5), HostRole.DOMAIN_CONTROLLER, OsFamily.WINDOWS_SERVER, "10.0.17763",
        "");
    host(Ipv4.of(10, 1, 2, 6), HostRole.WEB_SERVER, OsFamily.LINUX, "ubuntu-22.04", "");
    host(Ipv4.of(10, 1, 3, 30), HostRole.IOT, OsFamily.EMBEDDED, "freertos-10.4", "");
    host(Ipv4.of(10, 1, 3, 31), HostRole.CAMERA, OsFamily.EMBEDDED, "linux-4.14-vendor", "");
    host(Ipv4.of(10, 1, 3, 40), HostRole.PRINTER, OsFamily.PRINTER, "hp-futuresmart-5.7", "");
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      internet.add(Ipv4.of(20 + r.nextInt(180), r.nextInt(256), r.nextInt(256),
          1 + r.nextInt(250)));
    }
    long t = 1_772_438_400_000_000L;
    int port = 50000;
    for (int round = 0; round < 6; round++) {
      for (HostInfo h : hosts) {
        if (h.role() == HostRole.WEB_SERVER) {
          continue;
        }
        t += 50_000 + r.nextInt(200_000);
        int ext = internet.get(r.nextInt(internet.size()));
        int srv = Ipv4.of(10, 1, 2, 6);
        int peer = round % 3 == 2 ? srv : ext;
        ConnId id = new ConnId(h.address(), port++, peer, 443);
        String u = "C" + uid++;
        long dur = 2_000_000L + r.nextInt(20_000_000);
        long rb = 20_000 + r.nextInt(400_000);
        events.add(new Connection(t, u, id, Transport.TCP, "ssl", dur, 1200, rb, 12,
            rb / 1460 + 20, ConnState.SF));
        events.add(new TlsHandshake(t + 400_000, u, id, "site" + r.nextInt(9) + ".example.com",
            round % 2 == 0 ? "TLSv13" : "TLSv12"));
        if (round == 1) {
          t += 10_000;
          ConnId hid = new ConnId(h.address(), port++, ext, 80);
          String hu = "C" + uid++;
          long body = 300_000 + r.nextInt(1_000_000);
          events.add(new Connection(t, hu, hid, Transport.TCP, "http", 30_000_000L, 300,
              body + 400, 3 + body / 2920, body / 1460 + 6, ConnState.SF));
          events.add(new HttpTransaction(t + 300_000, hu, hid, "GET", "dl.example.net",
              "/f" + uid + ".exe", "Mozilla/5.0", 200, "application/x-dosexec", body));
        }
      }
    }
    events.sort(Comparator.comparingLong(Event::ts));
  }

  private void host(int a, HostRole role, OsFamily os, String v, String browser) {
    String subnet = switch ((a >>> 8) & 0xff) {
      case 1 -> "office";
      case 2 -> "servers";
      default -> "iot";
    };
    hosts.add(new HostInfo(a, "h" + (a & 0xff), role, subnet,
        new SoftwareProfile(os, v, browser, List.of())));
  }
}
