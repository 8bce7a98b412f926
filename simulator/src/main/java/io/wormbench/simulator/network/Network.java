package io.wormbench.simulator.network;

import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated enterprise network: hosts by role and address, domain accounts, admin groups
 * (which admin may RDP to which servers via the jump host), service accounts and the external
 * world (site catalogue, vendor update endpoints, IoT clouds). Immutable once built except for
 * the per-host run state.
 */
public final class Network {
  /** An admin: the account, the workstation they sit at, the servers they may RDP to. */
  public record AdminGroup(Account account, Host workstation, List<Host> servers) {}

  /** Raised by the first quarantine of any host, so unquarantined runs skip the checks. */
  static final class QuarantineFlag {
    boolean raised;
  }

  private final String domain;
  private final QuarantineFlag flag;
  private final List<Host> hosts;
  private final Map<Integer, Host> byAddress = new HashMap<>();
  private final Map<HostRole, List<Host>> byRole = new EnumMap<>(HostRole.class);
  private final List<AdminGroup> admins;
  private final List<Account> serviceAccounts;
  private final EndpointCatalogue sites;

  Network(String domain, List<Host> hosts, List<AdminGroup> admins, List<Account> services,
      EndpointCatalogue sites, QuarantineFlag flag) {
    this.domain = domain;
    this.flag = flag;
    this.hosts = List.copyOf(hosts);
    this.admins = List.copyOf(admins);
    this.serviceAccounts = List.copyOf(services);
    this.sites = sites;
    for (HostRole r : HostRole.values()) {
      byRole.put(r, new ArrayList<>());
    }
    for (Host h : hosts) {
      byAddress.put(h.address(), h);
      byRole.get(h.role()).add(h);
    }
    byRole.replaceAll((r, l) -> List.copyOf(l));
  }

  /** Generates the network for {@code spec} from {@code random}. */
  public static Network generate(NetworkSpec spec, java.util.SplittableRandom random) {
    return NetworkBuilder.build(spec, random);
  }

  /** True once any host has been quarantined. */
  public boolean anyQuarantine() {
    return flag.raised;
  }

  public String domain() {
    return domain;
  }

  /** All hosts, in address-allocation order. */
  public List<Host> hosts() {
    return hosts;
  }

  /** The host with {@code address}; check {@link #internal(int)} first for other addresses. */
  public Host host(int address) {
    Host h = byAddress.get(address);
    if (h == null) {
      throw new IllegalArgumentException("not a simulated host: "
          + io.wormbench.traffic.net.Ipv4.format(address));
    }
    return h;
  }

  /** True when {@code address} is one of the simulated internal hosts. */
  public boolean internal(int address) {
    return byAddress.containsKey(address);
  }

  /** Hosts of a role, in allocation order. */
  public List<Host> role(HostRole role) {
    return byRole.get(role);
  }

  public List<AdminGroup> admins() {
    return admins;
  }

  public List<Account> serviceAccounts() {
    return serviceAccounts;
  }

  public EndpointCatalogue sites() {
    return sites;
  }

  /** The DNS resolver a host asks: one of the domain controllers, fixed per host. */
  public Host resolver(Host client) {
    List<Host> dcs = byRole.get(HostRole.DOMAIN_CONTROLLER);
    return dcs.get(client.index() % dcs.size());
  }

  /** The inventory for the ground truth. */
  public List<HostInfo> inventory() {
    return hosts.stream().map(Host::info).toList();
  }
}
