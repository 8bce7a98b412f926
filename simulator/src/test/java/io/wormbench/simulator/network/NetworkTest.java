package io.wormbench.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.truth.HostRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static NetworkSpec profile(String name) {
    return NetworkProfiles.load(name, "", SpecReader.read("t.yaml", "p: " + name).field("p")
        .orElseThrow());
  }

  @Test
  void shippedProfiles_haveTheAdvertisedSizes() {
    assertThat(profile("small-office").hostCount()).isBetween(40, 60);
    assertThat(profile("enterprise").hostCount()).isBetween(900, 1100);
    assertThat(profile("campus").hostCount()).isBetween(9000, 11000);
  }

  @Test
  void enterprise_hostsHaveUniquePrivateAddressesInTheirRoleSubnet() {
    Network net = Network.generate(profile("enterprise"), new SplittableRandom(1));
    Set<Integer> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Host h : net.hosts()) {
      assertThat(seen.add(h.address())).isTrue();
      assertThat(names.add(h.name())).isTrue();
      assertThat(Ipv4.isPrivate(h.address())).isTrue();
    }
    for (Host h : net.role(HostRole.WORKSTATION)) {
      assertThat(Ipv4.inSubnet(h.address(), Ipv4.parse("10.20.0.0"), 22)).isTrue();
      assertThat(h.listens(445)).isTrue();
    }
    assertThat(net.role(HostRole.DOMAIN_CONTROLLER)).allMatch(h -> h.listens(53)
        && h.listens(88) && h.listens(389));
    assertThat(net.role(HostRole.WORKSTATION)).hasSize(880);
    assertThat(net.admins()).hasSize(8).allMatch(a -> !a.servers().isEmpty());
  }

  @Test
  void passwordStrength_followsTheConfiguredShares() {
    NetworkSpec spec = NetworkSpec.bind(SpecReader.read("t.yaml", """
        hosts: {workstation: 4000}
        subnets: {users: 10.20.0.0/16}
        localAdmins: {passwordStrength: {weak: 0.25, medium: 0.25, strong: 0.5}}
        """), profile("small-office"));
    Network net = Network.generate(spec, new SplittableRandom(3));
    List<Host> ws = net.role(HostRole.WORKSTATION);
    long weak = ws.stream().filter(h -> h.localAdmin().strength().equals("weak")).count();
    long strong = ws.stream().filter(h -> h.localAdmin().strength().equals("strong")).count();
    assertThat(weak / (double) ws.size()).isBetween(0.22, 0.28);
    assertThat(strong / (double) ws.size()).isBetween(0.47, 0.53);
    assertThat(ws).allMatch(h -> h.localAdmin().fallsTo(20) == h.localAdmin().strength()
        .equals("weak"));
  }

  @Test
  void sameSeed_sameNetwork() {
    Network a = Network.generate(profile("enterprise"), new SplittableRandom(9));
    Network b = Network.generate(profile("enterprise"), new SplittableRandom(9));
    assertThat(a.inventory()).isEqualTo(b.inventory());
    assertThat(a.hosts().stream().map(h -> h.localAdmin()).toList())
        .isEqualTo(b.hosts().stream().map(h -> h.localAdmin()).toList());
  }
}
