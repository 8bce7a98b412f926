package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which addresses are local hosts, and their role and operating system. A simulated run has
 * them in truth.json's host table. A bare Zeek log folder has no such table, so a documented
 * heuristic stands in (evaluation/FIDELITY.md): local hosts are RFC 1918 addresses, a local host
 * that answers Kerberos (88) or LDAP (389) is a domain controller, one that originates SMB,
 * Kerberos, endpoint-mapper or NetBIOS session traffic is a Windows host, and every other host
 * has no known role (it counts in the "all" group only).
 */
final class Roles {
  private final Map<Integer, HostInfo> table;
  private final boolean known;

  private Roles(Map<Integer, HostInfo> table, boolean known) {
    this.table = table;
    this.known = known;
  }

  /** Roles from a truth's host table. */
  static Roles of(GroundTruth truth) {
    Map<Integer, HostInfo> t = new HashMap<>();
    for (HostInfo h : truth.hosts()) {
      t.put(h.address(), h);
    }
    return new Roles(t, true);
  }

  /** Roles guessed from traffic, for captures without truth. */
  static Roles heuristic() {
    return new Roles(Map.of(), false);
  }

  /** True when roles come from a host table. */
  boolean known() {
    return known;
  }

  /** True when {@code address} is a host of the measured network. */
  boolean local(int address) {
    return known ? table.containsKey(address) : Ipv4.isPrivate(address);
  }

  /** True for a domain controller; {@code s} is the host's tally (heuristic mode). */
  boolean domainController(int address, HostStats s) {
    if (known) {
      HostInfo h = table.get(address);
      return h != null && h.role() == HostRole.DOMAIN_CONTROLLER;
    }
    return s != null && s.answersDirectory;
  }

  /** The host's role ({@code UNKNOWN} for a guessed non-DC host). */
  HostRole role(int address, HostStats s) {
    if (known) {
      HostInfo h = table.get(address);
      return h == null ? HostRole.UNKNOWN : h.role();
    }
    return domainController(address, s) ? HostRole.DOMAIN_CONTROLLER : HostRole.UNKNOWN;
  }

  /** True for a Windows host. */
  boolean windows(int address, HostStats s) {
    if (known) {
      HostInfo h = table.get(address);
      if (h == null) {
        return false;
      }
      OsFamily os = h.software().os();
      // Old truth files carry no software profile: Windows roles are then guessed by role.
      if (os == OsFamily.UNKNOWN) {
        return s != null && s.windowsPorts;
      }
      return os == OsFamily.WINDOWS_CLIENT || os == OsFamily.WINDOWS_SERVER;
    }
    return s != null && s.windowsPorts;
  }

  /** The host table (empty in heuristic mode). */
  Collection<HostInfo> hosts() {
    return known ? table.values() : List.of();
  }

  /** One line saying where roles come from, for the report. */
  String describe() {
    return known ? "truth.json host table (" + table.size() + " hosts)"
        : "heuristic: RFC 1918 hosts are local; answering 88/389 makes a domain controller";
  }
}
