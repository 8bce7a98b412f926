package io.wormbench.traffic.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4Test {
  @Test
  void dottedQuad_roundTrips() {
    for (String s : new String[] {"0.0.0.0", "10.0.2.15", "192.168.1.254", "255.255.255.255"}) {
      assertThat(Ipv4.format(Ipv4.parse(s))).isEqualTo(s);
    }
    assertThat(Ipv4.parse("1.2.3.4")).isEqualTo(Ipv4.of(1, 2, 3, 4)).isEqualTo(0x01020304);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "a.b.c.d", "1.2.3.4 "})
  void malformedText_isRejectedWithTheText(String text) {
    assertThatThrownBy(() -> Ipv4.parse(text)).hasMessageContaining("'" + text + "'");
  }

  @Test
  void rfc1918Ranges_arePrivate_othersAreNot() {
    assertThat(Ipv4.isPrivate(Ipv4.parse("10.255.0.1"))).isTrue();
    assertThat(Ipv4.isPrivate(Ipv4.parse("172.16.0.1"))).isTrue();
    assertThat(Ipv4.isPrivate(Ipv4.parse("172.31.255.255"))).isTrue();
    assertThat(Ipv4.isPrivate(Ipv4.parse("172.32.0.1"))).isFalse();
    assertThat(Ipv4.isPrivate(Ipv4.parse("192.168.0.1"))).isTrue();
    assertThat(Ipv4.isPrivate(Ipv4.parse("192.110.160.114"))).isFalse();
  }

  @Test
  void subnetMembership_followsThePrefix() {
    int net = Ipv4.parse("10.1.0.0");
    assertThat(Ipv4.inSubnet(Ipv4.parse("10.1.255.3"), net, 16)).isTrue();
    assertThat(Ipv4.inSubnet(Ipv4.parse("10.2.0.3"), net, 16)).isFalse();
    assertThat(Ipv4.inSubnet(Ipv4.parse("8.8.8.8"), net, 0)).isTrue();
  }
}
