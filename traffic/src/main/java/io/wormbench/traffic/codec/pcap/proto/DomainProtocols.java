package io.wormbench.traffic.codec.pcap.proto;

/**
 * Protocol detection for the Windows-domain and infrastructure decoders: UDP by the
 * protocols' well-known ports (Kerberos 88, NTP 123, CLDAP 389, SNMP 161/162, DHCP 67/68), TCP
 * by content (an SSH identification string, a Kerberos record mark before an AS/TGS request,
 * an LDAPMessage).
 */
final class DomainProtocols {
  private DomainProtocols() {}

  static AppDecoder forUdp(int origP, int respP) {
    if (respP == 88 || origP == 88) {
      return new KerberosDecoder(false);
    }
    if (respP == 123 || origP == 123) {
      return new NtpDecoder();
    }
    if (respP == 389 || origP == 389) {
      return new LdapDecoder(true);
    }
    if (respP == 67 || origP == 67 || respP == 68 || origP == 68) {
      return new DhcpDecoder();
    }
    if (respP == 161 || origP == 161 || respP == 162) {
      return new SnmpDecoder();
    }
    return null;
  }

  static AppDecoder sniffTcp(byte[] b, int off, int len) {
    if (SshDecoder.sniff(b, off, len)) {
      return new SshDecoder();
    }
    if (KerberosDecoder.sniff(b, off, len)) {
      return new KerberosDecoder(true);
    }
    if (LdapDecoder.sniff(b, off, len)) {
      return new LdapDecoder(false);
    }
    return null;
  }
}
