package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.SshSession;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The cleartext start of an SSH session (RFC 4253): each side's identification string
 * (section 4.2), its SSH_MSG_KEXINIT (section 7.1) offering the record's negotiated algorithms
 * first, and SSH_MSG_NEWKEYS, after which everything is ciphertext to an observer. What a
 * passive observer only infers (authentication outcome, from encrypted packet sizes) and the
 * host key (inside the key exchange reply) are not rendered.
 */
public final class SshWire {
  private SshWire() {}

  /** The identification line of one side. */
  public static byte[] banner(String version) {
    return (version + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** KEXINIT then NEWKEYS of one side, as binary packets with random padding. */
  public static byte[] kexinit(SshSession s, boolean client, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Wire p = new Wire();
    p.u8(20);
    for (int i = 0; i < 16; i++) {
      p.u8(rnd.nextInt(256));
    }
    String kex = or(s.kexAlg(), "curve25519-sha256") + (client ? ",ext-info-c" : "");
    String cipher = or(s.cipherAlg(), "aes256-gcm@openssh.com");
    String mac = or(s.macAlg(), "hmac-sha2-256");
    String comp = or(s.compressionAlg(), "none");
    for (String list : new String[] {kex, or(s.hostKeyAlg(), "ssh-ed25519"), cipher, cipher,
        mac, mac, comp, comp, "", ""}) {
      byte[] l = list.getBytes(StandardCharsets.US_ASCII);
      p.be32(l.length).bytes(l);
    }
    p.u8(0).be32(0);
    Wire w = new Wire();
    packet(w, p.toArray(), rnd);
    packet(w, new byte[] {21}, rnd);
    return w.toArray();
  }

  private static String or(String v, String dflt) {
    return v.isEmpty() ? dflt : v;
  }

  /** An unencrypted binary packet (section 6): length, padding length, payload, padding. */
  private static void packet(Wire w, byte[] payload, SplittableRandom rnd) {
    int pad = 8 - (5 + payload.length) % 8;
    if (pad < 4) {
      pad += 8;
    }
    w.be32(1 + payload.length + pad).u8(pad).bytes(payload);
    for (int i = 0; i < pad; i++) {
      w.u8(rnd.nextInt(256));
    }
  }
}
