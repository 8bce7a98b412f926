package io.wormbench.traffic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import org.junit.jupiter.api.Test;

/**
 * The baseline vectors published with the Community ID specification and its reference
 * implementations (corelight/community-id-spec baseline, Zeek's community_id_v1 btest).
 */
class CommunityIdTest {
  private static final int A = Ipv4.parse("1.2.3.4");
  private static final int B = Ipv4.parse("5.6.7.8");

  @Test
  void tcpBaseline_matchesSpec() {
    assertEquals("1:wCb3OG7yAFWelaUydu0D+125CLM=", CommunityId.of(0, A, 1122, B, 3344, 6));
  }

  @Test
  void reverseDirection_hashesAlike() {
    assertEquals("1:wCb3OG7yAFWelaUydu0D+125CLM=", CommunityId.of(0, B, 3344, A, 1122, 6));
    assertEquals("1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg=", CommunityId.of(0, B, 3344, A, 1122, 17));
  }

  @Test
  void udpBaseline_matchesSpec() {
    assertEquals("1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg=", CommunityId.of(0, A, 1122, B, 3344, 17));
  }

  @Test
  void icmpEchoAndReply_shareTheSpecId() {
    assertEquals("1:crodRHL2FEsHjbv3UkRrfbs4bZ0=", CommunityId.of(0, A, 8, B, 0, 1));
    assertEquals("1:crodRHL2FEsHjbv3UkRrfbs4bZ0=", CommunityId.of(0, B, 0, A, 0, 1));
  }

  @Test
  void seedOne_matchesZeekBaseline() {
    assertEquals("1:HhA1B+6CoLbiKPEs5nhNYN4XWfk=", CommunityId.of(1, A, 1122, B, 3344, 6));
    assertEquals("1:OShq+iKDAMVouh/4bMxB9Sz4amw=", CommunityId.of(1, A, 1122, B, 3344, 17));
    assertEquals("1:9pr4ZGTICiuZoIh90RRYE2RyXpU=", CommunityId.of(1, A, 8, B, 0, 1));
  }

  @Test
  void specReadmeExample_matches() {
    assertEquals("1:LQU9qZlK+B5F3KDmev6m5PMibrg=", CommunityId.of(
        new ConnId(Ipv4.parse("128.232.110.120"), 34855, Ipv4.parse("66.35.250.204"), 80),
        Transport.TCP));
  }
}
