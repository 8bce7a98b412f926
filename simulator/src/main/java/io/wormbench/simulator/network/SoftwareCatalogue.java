package io.wormbench.simulator.network;

import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a host's {@link SoftwareProfile} per seed from its role: the OS family and build, the
 * browser family and version, and the other network clients it runs. The mixes follow public
 * estate statistics of late 2024 (StatCounter desktop OS and browser shares; Microsoft's
 * Windows release information for builds: 19045 = Windows 10 22H2, 22621/22631 = Windows 11
 * 22H2/23H2, 26100 = 24H2; Server 14393 = 2016, 17763 = 2019, 20348 = 2022), so that an
 * estate is mixed and a stale build, an old browser or a developer's toolset is normal.
 */
public final class SoftwareCatalogue {
  private static final String[] WIN_CLIENT = {"10.0.19045", "10.0.19045", "10.0.19044",
      "10.0.22631", "10.0.22631", "10.0.22621", "10.0.26100", "6.1.7601"};
  private static final String[] WIN_SERVER = {"10.0.17763", "10.0.17763", "10.0.20348",
      "10.0.20348", "10.0.14393", "6.3.9600"};
  private static final String[] LINUX = {"ubuntu-22.04", "ubuntu-24.04", "debian-12", "rhel-9.4",
      "ubuntu-20.04"};
  private static final String[] MACOS = {"14.6.1", "15.1", "13.7.1"};
  private static final String[] EMBEDDED = {"busybox-1.31", "linux-4.14-vendor", "freertos-10.4",
      "linux-5.10-vendor", "threadx-6.1"};
  private static final String[] PRINTER = {"hp-futuresmart-5.7", "ricoh-im-2.1",
      "canon-ufr2-3.4", "xerox-altalink-103", "brother-ipp-1.9"};

  private SoftwareCatalogue() {}

  /** A profile for a host of {@code role}, drawn from {@code r}. */
  public static SoftwareProfile draw(HostRole role, SplittableRandom r) {
    return switch (role) {
      case WORKSTATION -> workstation(r);
      case WEB_SERVER -> r.nextDouble() < 0.7 ? linuxServer(r) : windowsServer(r, role);
      case APP_SERVER -> r.nextDouble() < 0.25 ? linuxServer(r) : windowsServer(r, role);
      case VULNERABILITY_SCANNER -> new SoftwareProfile(OsFamily.LINUX, pick(LINUX, r), "",
          List.of("nessus/10." + r.nextInt(9) + "." + r.nextInt(4), "openssh/9." + r.nextInt(8),
              "apt/2." + (4 + r.nextInt(5))));
      case PRINTER -> new SoftwareProfile(OsFamily.PRINTER, pick(PRINTER, r), "",
          List.of("snmp-agent/2c", "ipp/2.0"));
      case CAMERA, IOT -> new SoftwareProfile(OsFamily.EMBEDDED, pick(EMBEDDED, r), "",
          r.nextDouble() < 0.6 ? List.of("upnp/1.1", "mdns/1") : List.of("mqtt/3.1.1"));
      case UNKNOWN -> SoftwareProfile.UNKNOWN;
      default -> windowsServer(r, role);
    };
  }

  private static SoftwareProfile workstation(SplittableRandom r) {
    double u = r.nextDouble();
    List<String> clients = new ArrayList<>();
    if (u < 0.06) {
      clients.add("teams/24." + (100 + r.nextInt(200)));
      clients.add("office/16.0.1" + (7000 + r.nextInt(900)));
      if (r.nextDouble() < 0.5) {
        clients.add("git/2." + (39 + r.nextInt(8)));
      }
      return new SoftwareProfile(OsFamily.MACOS, pick(MACOS, r),
          r.nextDouble() < 0.55 ? "safari/" + (16 + r.nextInt(3)) + "." + r.nextInt(6)
              : chromium("chrome", r), clients);
    }
    if (u < 0.09) {
      clients.add("apt/2." + (4 + r.nextInt(5)));
      clients.add("git/2." + (34 + r.nextInt(12)));
      clients.add("python-requests/2." + (25 + r.nextInt(8)));
      return new SoftwareProfile(OsFamily.LINUX, pick(LINUX, r),
          r.nextDouble() < 0.6 ? firefox(r) : chromium("chrome", r), clients);
    }
    String build = pick(WIN_CLIENT, r);
    double b = r.nextDouble();
    String browser = b < 0.62 ? chromium("chrome", r) : b < 0.88 ? chromium("edge", r)
        : firefox(r);
    clients.add("office/16.0." + (17000 + r.nextInt(1200)));
    if (r.nextDouble() < 0.85) {
      clients.add("teams/" + (r.nextDouble() < 0.7 ? "24." + (100 + r.nextInt(250))
          : "1.7.00." + r.nextInt(30000)));
    }
    if (r.nextDouble() < 0.8) {
      clients.add("onedrive/24." + (100 + r.nextInt(120)));
    }
    clients.add("defender/4.18." + (24000 + r.nextInt(900)));
    clients.add("windows-update/" + build);
    clients.add("powershell/" + (r.nextDouble() < 0.8 ? "5.1" : "7." + (2 + r.nextInt(3))));
    if (r.nextDouble() < 0.15) {
      clients.add("git/2." + (40 + r.nextInt(7)));
      clients.add("vscode/1." + (85 + r.nextInt(12)));
      clients.add("python-pip/2" + (3 + r.nextInt(2)) + "." + r.nextInt(3));
    }
    if (r.nextDouble() < 0.3) {
      clients.add("zoom/6." + r.nextInt(3) + "." + r.nextInt(12));
    }
    if (r.nextDouble() < 0.25) {
      clients.add("adobe-acrobat/24." + r.nextInt(5));
    }
    return new SoftwareProfile(OsFamily.WINDOWS_CLIENT, build, browser, clients);
  }

  private static SoftwareProfile windowsServer(SplittableRandom r, HostRole role) {
    List<String> clients = new ArrayList<>();
    clients.add("defender/4.18." + (24000 + r.nextInt(900)));
    clients.add("windows-update/wsus");
    clients.add("powershell/5.1");
    if (role == HostRole.DATABASE_SERVER) {
      clients.add("mssql/" + (r.nextBoolean() ? "15.0" : "16.0"));
    }
    if (role == HostRole.BACKUP_SERVER) {
      clients.add("veeam/12." + r.nextInt(3));
    }
    if (role == HostRole.DEPLOYMENT_SERVER) {
      clients.add("configmgr/5.00.9" + (100 + r.nextInt(30)));
    }
    String browser = r.nextDouble() < 0.5 ? chromium("edge", r) : "";
    return new SoftwareProfile(OsFamily.WINDOWS_SERVER, pick(WIN_SERVER, r), browser, clients);
  }

  private static SoftwareProfile linuxServer(SplittableRandom r) {
    return new SoftwareProfile(OsFamily.LINUX, pick(LINUX, r), "",
        List.of("apt/2." + (4 + r.nextInt(5)), "openssh/" + (8 + r.nextInt(2)) + "." + r.nextInt(10),
            "curl/" + (7 + r.nextInt(2)) + "." + (68 + r.nextInt(20))));
  }

  private static String chromium(String family, SplittableRandom r) {
    // Most estates auto-update within two releases; a tail lags months behind.
    int major = r.nextDouble() < 0.8 ? 129 + r.nextInt(3) : 110 + r.nextInt(19);
    return family + "/" + major + ".0." + (6000 + r.nextInt(800)) + "." + r.nextInt(200);
  }

  private static String firefox(SplittableRandom r) {
    int major = r.nextDouble() < 0.7 ? 131 + r.nextInt(3) : 115 + r.nextInt(16);
    return "firefox/" + major + ".0";
  }

  private static String pick(String[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }
}
