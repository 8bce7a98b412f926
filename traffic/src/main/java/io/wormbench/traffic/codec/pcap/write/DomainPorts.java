package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.ConnId;

/** The UDP ports of the protocols {@link DomainWire} renders (Kerberos, NTP, CLDAP, SNMP, DHCP). */
final class DomainPorts {
  private DomainPorts() {}

  static boolean udp(ConnId id) {
    return is(id.respP()) || is(id.origP());
  }

  private static boolean is(int p) {
    return p == 88 || p == 123 || p == 389 || p == 161 || p == 162 || p == 67 || p == 68;
  }
}
