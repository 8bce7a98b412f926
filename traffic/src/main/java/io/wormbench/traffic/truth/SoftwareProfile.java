package io.wormbench.traffic.truth;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The software a host runs, drawn per seed by the simulator and recorded in the truth's host
 * table, so that behaviours (user agents, TLS clients) and the packet writer (TCP/IP stack,
 * TLS ClientHello) agree about a host everywhere.
 *
 * @param os the operating-system family
 * @param osVersion build or release, e.g. {@code 10.0.19045} or {@code 6.1}; empty when unknown
 * @param browser the browser as {@code family/version}, e.g. {@code chrome/131.0.6778.86};
 *     empty when the host runs none
 * @param clients other network clients as {@code name/version}, e.g. {@code teams/1.7.00},
 *     in a stable order
 */
public record SoftwareProfile(OsFamily os, String osVersion, String browser,
    List<String> clients) implements Serializable {
  /** A profile with nothing known, for hosts that only appear in a capture or an old truth. */
  public static final SoftwareProfile UNKNOWN =
      new SoftwareProfile(OsFamily.UNKNOWN, "", "", List.of());

  public SoftwareProfile {
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(osVersion, "osVersion");
    Objects.requireNonNull(browser, "browser");
    clients = List.copyOf(clients);
  }
}
