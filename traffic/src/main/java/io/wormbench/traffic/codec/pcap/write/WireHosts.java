package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the pcap writer knows of the hosts it renders: each simulated host's TCP/IP stack (from
 * its {@link SoftwareProfile}), Ethernet address (a vendor OUI of its device class, as listed in
 * Wireshark's manuf file, and three bytes of its IPv4 address), subnet, and the path from the
 * capture point to it (router hops and round-trip time). Addresses not in the table are
 * internet endpoints: a stack drawn from a mix of server stacks by a hash of the address, 8 to
 * 25 router hops and a round-trip time of 5 to 200 ms stable per address, seen behind the
 * gateway's MAC. Without a table ({@link #NONE}) private addresses (RFC 1918) count as internal
 * hosts whose stack is likewise drawn from their address.
 */
public final class WireHosts {
  /** No host table: stacks drawn from addresses. */
  public static final WireHosts NONE = new WireHosts(Map.of(), false);

  /** Cisco Systems (00:00:0C): the gateway router that off-subnet frames pass through. */
  static final long GATEWAY_MAC = 0x00000CL << 24 | 0x07AC01L;

  private static final long DELL = 0x001422L;
  private static final long DELL2 = 0xE454E8L;
  private static final long HP = 0x3CD92BL;
  private static final long INTEL = 0x001B21L;
  private static final long APPLE = 0x000393L;
  private static final long VMWARE = 0x005056L;
  private static final long HYPERV = 0x00155DL;
  private static final long AXIS = 0x00408CL;
  private static final long HIKVISION = 0x4419B6L;
  private static final long ESPRESSIF = 0x240AC4L;
  private static final long RASPBERRY = 0xB827EBL;
  private static final long HP_PRINTER = 0x001E0BL;
  private static final long BROTHER = 0x008077L;
  private static final long CANON = 0x001E8FL;

  private final Map<Integer, HostInfo> hosts;
  private final boolean table;

  private WireHosts(Map<Integer, HostInfo> hosts, boolean table) {
    this.hosts = hosts;
    this.table = table;
  }

  /** The table of a simulated network (the truth's host list). */
  public static WireHosts of(Collection<HostInfo> hosts) {
    Map<Integer, HostInfo> m = new HashMap<>();
    for (HostInfo h : hosts) {
      m.put(h.address(), h);
    }
    return new WireHosts(m, true);
  }

  /** True for a host of the simulated network (or a private address without a table). */
  boolean internal(int a) {
    return table ? hosts.containsKey(a) : privateAddress(a);
  }

  static boolean privateAddress(int a) {
    int o1 = a >>> 24;
    int o2 = (a >>> 16) & 0xff;
    return o1 == 10 || (o1 == 172 && o2 >= 16 && o2 < 32) || (o1 == 192 && o2 == 168);
  }

  static int mix(int a) {
    int h = a * 0x9E3779B1;
    h ^= h >>> 15;
    h *= 0x85EBCA77;
    h ^= h >>> 13;
    return h & 0x7fffffff;
  }

  /** The stack of the host at {@code a}. */
  Stack stack(int a) {
    HostInfo h = hosts.get(a);
    if (h != null && h.software().os() != OsFamily.UNKNOWN) {
      return stack(h.software());
    }
    int u = mix(a) % 100;
    if (!internal(a)) {
      // internet servers: mostly Linux, some Windows, BSD-derived CDNs, load balancers
      return u < 50 ? Stack.LINUX : u < 62 ? Stack.LINUX_OLD : u < 78 ? Stack.WINDOWS_SERVER
          : u < 88 ? Stack.FREEBSD : u < 94 ? Stack.NETWORK_GEAR : Stack.MACOS;
    }
    return u < 60 ? Stack.WINDOWS : u < 70 ? Stack.WINDOWS_SERVER : u < 88 ? Stack.LINUX
        : u < 95 ? Stack.EMBEDDED_RTOS : Stack.PRINTER;
  }

  static Stack stack(SoftwareProfile p) {
    String v = p.osVersion();
    return switch (p.os()) {
      case WINDOWS_CLIENT -> v.startsWith("6.") ? Stack.WINDOWS_OLD : Stack.WINDOWS;
      case WINDOWS_SERVER -> v.startsWith("6.") ? Stack.WINDOWS_OLD : Stack.WINDOWS_SERVER;
      case LINUX -> v.startsWith("ubuntu-20") ? Stack.LINUX_OLD : Stack.LINUX;
      case MACOS -> Stack.MACOS;
      case EMBEDDED -> v.startsWith("freertos") || v.startsWith("threadx") ? Stack.EMBEDDED_RTOS
          : Stack.EMBEDDED_LINUX;
      case PRINTER -> Stack.PRINTER;
      case UNKNOWN -> Stack.LINUX;
    };
  }

  /** The Ethernet address of the host at {@code a} (the gateway's for internet hosts). */
  long mac(int a) {
    if (!internal(a)) {
      return GATEWAY_MAC;
    }
    HostInfo h = hosts.get(a);
    long oui;
    int u = mix(a);
    if (h == null) {
      oui = (u & 1) == 0 ? DELL : HP;
    } else {
      HostRole role = h.role();
      OsFamily os = h.software().os();
      oui = switch (os) {
        case MACOS -> APPLE;
        case PRINTER -> new long[] {HP_PRINTER, BROTHER, CANON}[u % 3];
        case EMBEDDED -> role == HostRole.CAMERA ? (u % 2 == 0 ? AXIS : HIKVISION)
            : (u % 2 == 0 ? ESPRESSIF : RASPBERRY);
        case WINDOWS_SERVER -> u % 3 == 0 ? HYPERV : VMWARE;
        case LINUX -> role == HostRole.WORKSTATION ? INTEL : VMWARE;
        default -> new long[] {DELL, DELL2, HP, INTEL}[u % 4];
      };
    }
    return oui << 24 | (a & 0xffffffL);
  }

  /** The host's subnet name; for an unknown host its /24. */
  String subnet(int a) {
    HostInfo h = hosts.get(a);
    return h != null ? h.subnet() : Integer.toString(a >>> 8);
  }

  /** True when the two hosts share a layer-2 segment (no router between them). */
  boolean sameSegment(int a, int b) {
    return internal(a) && internal(b) && subnet(a).equals(subnet(b));
  }

  /**
   * Router hops between the capture point and the host: none for a simulated host (its frames
   * are seen on its own segment, as their MACs say), 8 to 25 for an internet endpoint.
   */
  int hops(int a, int peer) {
    return internal(a) ? 0 : 8 + mix(a) % 18;
  }

  /**
   * The round-trip time in microseconds between two hosts: on one segment 150-800 us, across
   * the internal routers 0.4-2 ms, to an internet endpoint 5-200 ms (stable per endpoint);
   * {@code jitter} in [0, 1) adds up to 20 percent.
   */
  long rtt(int a, int b, double jitter) {
    long base;
    if (!internal(a) || !internal(b)) {
      int e = internal(a) ? b : a;
      // log-uniform-ish: most endpoints are near (CDNs), a tail is far
      double u = (mix(e ^ 0x5bd1e995) % 10_000) / 10_000.0;
      base = (long) (5_000 * Math.pow(40, u));
    } else if (sameSegment(a, b)) {
      base = 150 + mix(a ^ b) % 650;
    } else {
      base = 400 + mix(a ^ b) % 1600;
    }
    return base + (long) (base * 0.2 * jitter);
  }
}
