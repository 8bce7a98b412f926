package io.wormbench.simulator.network;

import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Lays out a {@link NetworkSpec}: addresses per subnet, listening ports, accounts, admins. */
final class NetworkBuilder {
  private static final String[] ADMIN_ALIASES = {"admin", "itadmin", "localadmin", "support"};

  private NetworkBuilder() {}

  static Network build(NetworkSpec spec, SplittableRandom random) {
    SplittableRandom accounts = random.split();
    SplittableRandom layout = random.split();
    SplittableRandom sites = random.split();
    SplittableRandom software = random.split();
    Map<String, Subnet> subnets = new java.util.TreeMap<>();
    Map<String, Integer> used = new java.util.TreeMap<>();
    for (String name : NetworkSpec.SUBNETS) {
      subnets.put(name, parse(name, spec.subnets().get(name)));
      used.put(name, 0);
    }
    List<Host> hosts = new ArrayList<>();
    Network.QuarantineFlag flag = new Network.QuarantineFlag();
    Map<HostRole, Integer> counters = new EnumMap<>(HostRole.class);
    int userNo = 0;
    for (HostRole role : HostRole.values()) {
      int count = spec.hosts().getOrDefault(role, 0);
      String subnetName = subnetOf(role);
      Subnet subnet = subnets.get(subnetName);
      for (int i = 0; i < count; i++) {
        int slot = used.merge(subnetName, 1, Integer::sum) - 1;
        if (slot >= subnet.capacity()) {
          throw new IllegalArgumentException("subnet " + subnetName + " (" + subnet
              + ") is too small for its hosts");
        }
        int n = counters.merge(role, 1, Integer::sum);
        String name = Names.host(prefix(role), n);
        HostInfo info = new HostInfo(subnet.address(slot), name, role, subnetName,
            SoftwareCatalogue.draw(role, software.split()));
        Account local = localAdmin(spec, role, accounts);
        Account user = role == HostRole.WORKSTATION
            ? new Account(Names.user(userNo++, accounts),
                spec.userPasswords().drawRank(accounts), false)
            : local;
        int[] ports = ports(role, spec, layout);
        hosts.add(new Host(hosts.size(), info, ports, local, user, 49152 + layout.nextInt(16000),
            flag));
      }
    }
    List<Host> servers = new ArrayList<>();
    List<Host> workstations = new ArrayList<>();
    for (Host h : hosts) {
      if (h.role() == HostRole.WORKSTATION) {
        workstations.add(h);
      } else if (h.listens(3389) && h.role() != HostRole.JUMP_HOST) {
        servers.add(h);
      }
    }
    List<Network.AdminGroup> admins = new ArrayList<>();
    for (int i = 0; i < spec.admins() && !workstations.isEmpty(); i++) {
      Host ws = workstations.get(accounts.nextInt(workstations.size()));
      Account a = new Account("adm-" + ws.user().name(), spec.userPasswords().drawRank(accounts),
          true);
      List<Host> mine = new ArrayList<>();
      for (int k = 0; k < spec.serversPerAdmin() && !servers.isEmpty(); k++) {
        Host s = servers.get(accounts.nextInt(servers.size()));
        if (!mine.contains(s)) {
          mine.add(s);
        }
      }
      admins.add(new Network.AdminGroup(a, ws, List.copyOf(mine)));
    }
    List<Account> services = new ArrayList<>();
    for (int i = 0; i < spec.serviceAccounts(); i++) {
      services.add(new Account("svc-" + Names.user(i, accounts), Account.STRONG, false));
    }
    return new Network(spec.domain(), hosts, admins, services,
        new EndpointCatalogue(spec.sites(), spec.zipfExponent(), sites), flag);
  }

  private static Subnet parse(String name, String cidr) {
    int slash = cidr.indexOf('/');
    int prefix = Integer.parseInt(cidr.substring(slash + 1));
    return new Subnet(name, io.wormbench.traffic.net.Ipv4.parse(cidr.substring(0, slash)), prefix);
  }

  private static Account localAdmin(NetworkSpec spec, HostRole role, SplittableRandom r) {
    if (role == HostRole.IOT || role == HostRole.CAMERA || role == HostRole.PRINTER) {
      // Devices ship with vendor default credentials that many owners never change.
      boolean dflt = r.nextDouble() < spec.iotDefaultCredentials();
      return new Account("admin", dflt ? r.nextInt(3) : Account.STRONG, true);
    }
    String name = r.nextDouble() < spec.renamedAdminShare()
        ? ADMIN_ALIASES[r.nextInt(ADMIN_ALIASES.length)] : "administrator";
    return new Account(name, spec.localAdminPasswords().drawRank(r), true);
  }

  static String subnetOf(HostRole role) {
    return switch (role) {
      case WORKSTATION, PRINTER, UNKNOWN -> "users";
      case CAMERA, IOT -> "iot";
      case WEB_SERVER -> "dmz";
      default -> "servers";
    };
  }

  private static String prefix(HostRole role) {
    return switch (role) {
      case DOMAIN_CONTROLLER -> "DC";
      case FILE_SERVER -> "FS";
      case APP_SERVER -> "APP";
      case DATABASE_SERVER -> "DB";
      case WEB_SERVER -> "WEB";
      case JUMP_HOST -> "JUMP";
      case DEPLOYMENT_SERVER -> "DEPLOY";
      case BACKUP_SERVER -> "BACKUP";
      case VULNERABILITY_SCANNER -> "SCAN";
      case WORKSTATION -> "WS";
      case PRINTER -> "PRN";
      case CAMERA -> "CAM";
      case IOT -> "IOT";
      case UNKNOWN -> "HOST";
    };
  }

  /** Listening services per role (Windows defaults: 135 RPC, 139/445 SMB, 3389 RDP). */
  private static int[] ports(HostRole role, NetworkSpec spec, SplittableRandom r) {
    return switch (role) {
      case DOMAIN_CONTROLLER -> new int[] {53, 88, 135, 139, 389, 445, 636, 3389};
      case FILE_SERVER, BACKUP_SERVER, DEPLOYMENT_SERVER -> new int[] {135, 139, 445, 3389};
      case APP_SERVER -> new int[] {80, 135, 445, 443, 3389, 8080};
      case DATABASE_SERVER -> new int[] {135, 445, 1433, 3389};
      case WEB_SERVER -> new int[] {80, 443, 3389};
      case JUMP_HOST -> new int[] {135, 445, 3389};
      case VULNERABILITY_SCANNER -> new int[] {22, 443};
      case WORKSTATION -> new int[] {135, 139, 445};
      case PRINTER -> new int[] {80, 443, 515, 631, 9100};
      case CAMERA -> new int[] {80, 554};
      case IOT -> r.nextDouble() < spec.iotSmbShare() ? new int[] {80, 139, 445}
          : new int[] {80, 1883};
      case UNKNOWN -> new int[0];
    };
  }
}
