package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;

/**
 * The three kinds of Windows domain member whose background traffic differs: client
 * workstations, member servers, and domain controllers. Hosts of other operating systems take
 * no part in the Windows-domain background.
 */
public enum DomainRole {
  WORKSTATION("workstation"),
  SERVER("server"),
  DOMAIN_CONTROLLER("domainController");

  private final String field;

  DomainRole(String field) {
    this.field = field;
  }

  /** The YAML field of the role's section under {@code benign.domain}. */
  public String field() {
    return field;
  }

  /** The role of {@code h}, or null when it is not a Windows domain member. */
  static DomainRole of(Host h) {
    OsFamily os = h.software().os();
    if (h.role() == HostRole.DOMAIN_CONTROLLER) {
      return DOMAIN_CONTROLLER;
    }
    if (os == OsFamily.WINDOWS_CLIENT) {
      return WORKSTATION;
    }
    return os == OsFamily.WINDOWS_SERVER ? SERVER : null;
  }
}
