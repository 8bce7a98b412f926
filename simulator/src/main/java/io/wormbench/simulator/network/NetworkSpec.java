package io.wormbench.simulator.network;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.truth.HostRole;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The network section of a scenario (or a profile file under {@code scenarios/networks/}):
 * subnets, host counts per role, user accounts and their password strength, admin groups, IoT
 * exposure and the external site catalogue. A scenario names a profile and overrides fields;
 * every field not given falls back to the profile, then to the defaults in code.
 */
public record NetworkSpec(
    String profile,
    String domain,
    Map<String, String> subnets,
    Map<HostRole, Integer> hosts,
    int admins,
    int serversPerAdmin,
    int serviceAccounts,
    PasswordStrength userPasswords,
    PasswordStrength localAdminPasswords,
    double renamedAdminShare,
    double iotSmbShare,
    double iotDefaultCredentials,
    int sites,
    double zipfExponent) {

  /** Fields of a network section. */
  public static final Set<String> FIELDS = Set.of("profile", "domain", "subnets", "hosts", "users",
      "localAdmins", "iot", "internet");
  static final java.util.List<String> SUBNETS = java.util.List.of("servers", "users", "iot", "dmz");

  /** Defaults in code: a small office. */
  public static final NetworkSpec DEFAULTS = new NetworkSpec("", "CORP",
      new java.util.TreeMap<>(Map.of("servers", "10.10.0.0/16", "users", "10.20.0.0/16",
          "iot", "10.30.0.0/16", "dmz", "172.16.10.0/24")),
      defaultHosts(), 2, 3, 1, new PasswordStrength(0.05, 0.45, 0.5),
      new PasswordStrength(0.1, 0.4, 0.5), 0.2, 0.2, 0.5, 2000, 1.0);

  private static Map<HostRole, Integer> defaultHosts() {
    Map<HostRole, Integer> m = new EnumMap<>(HostRole.class);
    for (HostRole r : HostRole.values()) {
      m.put(r, 0);
    }
    m.put(HostRole.DOMAIN_CONTROLLER, 1);
    m.put(HostRole.FILE_SERVER, 1);
    m.put(HostRole.APP_SERVER, 1);
    m.put(HostRole.JUMP_HOST, 1);
    m.put(HostRole.WORKSTATION, 30);
    m.put(HostRole.PRINTER, 2);
    m.put(HostRole.IOT, 3);
    return m;
  }

  /** Kebab-case role name used in YAML: {@code domain-controller}. */
  public static String roleName(HostRole role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Binds {@code node} over {@code base}: fields present override, absent ones are kept. */
  public static NetworkSpec bind(SpecNode node, NetworkSpec base) {
    node.rejectUnknown(FIELDS);
    String domain = node.string("domain", base.domain);
    if (!domain.matches("[A-Za-z][A-Za-z0-9-]{0,14}")) {
      throw node.field("domain").orElseThrow().error(
          "must be a NetBIOS domain name (letters, digits, '-', at most 15), not '" + domain + "'");
    }
    SpecNode sn = node.map("subnets");
    sn.rejectUnknown(Set.copyOf(SUBNETS));
    Map<String, String> subnets = new java.util.TreeMap<>(base.subnets);
    for (String name : SUBNETS) {
      sn.field(name).ifPresent(f -> subnets.put(name, Subnet.parse(name, f).toString()));
    }
    SpecNode hn = node.map("hosts");
    Map<String, HostRole> byName = new LinkedHashMap<>();
    for (HostRole r : HostRole.values()) {
      if (r != HostRole.UNKNOWN) {
        byName.put(roleName(r), r);
      }
    }
    hn.rejectUnknown(byName.keySet());
    Map<HostRole, Integer> hosts = new EnumMap<>(base.hosts);
    for (Map.Entry<String, HostRole> e : byName.entrySet()) {
      hosts.put(e.getValue(), hn.intField(e.getKey(), base.hosts.get(e.getValue()),
          v -> v >= 0 && v <= 60_000, "must be between 0 and 60000"));
    }
    for (HostRole needed : new HostRole[] {HostRole.DOMAIN_CONTROLLER, HostRole.FILE_SERVER}) {
      if (hosts.get(needed) < 1) {
        throw hn.error("needs at least one " + roleName(needed));
      }
    }
    for (String name : SUBNETS) {
      String cidr = subnets.get(name);
      int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
      long capacity = (1L << (32 - prefix)) - 2;
      long needed = 0;
      for (HostRole r : HostRole.values()) {
        if (NetworkBuilder.subnetOf(r).equals(name)) {
          needed += hosts.getOrDefault(r, 0);
        }
      }
      if (needed > capacity) {
        SpecNode at = sn.field(name).orElse(hn);
        throw at.error("subnet " + name + " (" + cidr + ") holds " + capacity + " hosts, but "
            + needed + " are placed in it");
      }
    }
    SpecNode un = node.map("users");
    un.rejectUnknown(Set.of("admins", "serversPerAdmin", "serviceAccounts", "passwordStrength"));
    int admins = un.intField("admins", base.admins, v -> v >= 0 && v <= 10_000,
        "must be between 0 and 10000");
    int serversPerAdmin = un.intField("serversPerAdmin", base.serversPerAdmin,
        v -> v >= 1 && v <= 1000, "must be between 1 and 1000");
    int services = un.intField("serviceAccounts", base.serviceAccounts,
        v -> v >= 0 && v <= 10_000, "must be between 0 and 10000");
    PasswordStrength users = PasswordStrength.bind(un.map("passwordStrength"), base.userPasswords);
    SpecNode ln = node.map("localAdmins");
    ln.rejectUnknown(Set.of("passwordStrength", "renamedShare"));
    PasswordStrength local = PasswordStrength.bind(ln.map("passwordStrength"),
        base.localAdminPasswords);
    double renamed = ln.doubleField("renamedShare", base.renamedAdminShare,
        x -> x >= 0 && x <= 1, "must be in [0, 1]");
    SpecNode in = node.map("iot");
    in.rejectUnknown(Set.of("smbShare", "defaultCredentials"));
    double iotSmb = in.doubleField("smbShare", base.iotSmbShare, x -> x >= 0 && x <= 1,
        "must be in [0, 1]");
    double iotDefault = in.doubleField("defaultCredentials", base.iotDefaultCredentials,
        x -> x >= 0 && x <= 1, "must be in [0, 1]");
    SpecNode net = node.map("internet");
    net.rejectUnknown(Set.of("sites", "zipfExponent"));
    int sites = net.intField("sites", base.sites, v -> v >= 10 && v <= 65_000,
        "must be between 10 and 65000");
    double zipf = net.doubleField("zipfExponent", base.zipfExponent, x -> x > 0 && x <= 3,
        "must be in (0, 3]");
    return new NetworkSpec(base.profile, domain, java.util.Collections.unmodifiableMap(subnets),
        java.util.Collections.unmodifiableMap(hosts), admins,
        serversPerAdmin, services, users, local, renamed, iotSmb, iotDefault, sites, zipf);
  }

  /** This spec under another profile name. */
  public NetworkSpec withProfile(String name) {
    return new NetworkSpec(name, domain, subnets, hosts, admins, serversPerAdmin, serviceAccounts,
        userPasswords, localAdminPasswords, renamedAdminShare, iotSmbShare, iotDefaultCredentials,
        sites, zipfExponent);
  }

  /** Total number of hosts. */
  public int hostCount() {
    return hosts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
