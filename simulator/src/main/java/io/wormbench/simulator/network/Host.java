package io.wormbench.simulator.network;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;

/**
 * One simulated host: identity, the ports it listens on, its local administrator account, the
 * domain user who works at it (workstations), and the mutable run state (ephemeral port
 * counter, quarantine time, infection).
 */
public final class Host {
  private final int index;
  private final HostInfo info;
  private final int[] ports;
  private final Account localAdmin;
  private final Account user;
  private final Network.QuarantineFlag flag;
  private final String dnsName;
  private int nextPort;
  private long quarantinedAt = Long.MAX_VALUE;
  private boolean infected;

  Host(int index, HostInfo info, int[] ports, Account localAdmin, Account user, int firstPort,
      Network.QuarantineFlag flag) {
    this.flag = flag;
    this.dnsName = info.name().toLowerCase(java.util.Locale.ROOT) + ".corp.internal";
    this.index = index;
    this.info = info;
    this.ports = ports;
    this.localAdmin = localAdmin;
    this.user = user;
    this.nextPort = firstPort;
  }

  public int index() {
    return index;
  }

  public HostInfo info() {
    return info;
  }

  public int address() {
    return info.address();
  }

  public String name() {
    return info.name();
  }

  /** The host's DNS name in the internal zone, e.g. {@code app0001.corp.internal}. */
  public String dnsName() {
    return dnsName;
  }

  public HostRole role() {
    return info.role();
  }

  /** The host's software (OS, browser, clients), drawn per seed. */
  public io.wormbench.traffic.truth.SoftwareProfile software() {
    return info.software();
  }

  /** True when the host accepts connections on {@code port}. */
  public boolean listens(int port) {
    for (int p : ports) {
      if (p == port) {
        return true;
      }
    }
    return false;
  }

  public List<Integer> ports() {
    return java.util.Arrays.stream(ports).boxed().toList();
  }

  /** The local administrator account a brute-forcer may guess. */
  public Account localAdmin() {
    return localAdmin;
  }

  /** The domain user working at this host; the local admin for hosts without one. */
  public Account user() {
    return user;
  }

  /** The next Windows-style ephemeral source port (49152-65535, cycling). */
  public int ephemeralPort() {
    int p = nextPort;
    nextPort = p == 65535 ? 49152 : p + 1;
    return p;
  }

  public long quarantinedAt() {
    return quarantinedAt;
  }

  /** Isolates the host from {@code at} on (the earliest quarantine wins). */
  public void quarantine(long at) {
    quarantinedAt = Math.min(quarantinedAt, at);
    flag.raised = true;
  }

  public boolean infected() {
    return infected;
  }

  public void markInfected() {
    infected = true;
  }

  @Override
  public String toString() {
    return info.name() + "/" + Ipv4.format(info.address());
  }
}
