package io.wormbench.traffic.event;

/**
 * One SSH connection's protocol exchange (RFC 4253: identification strings, key exchange;
 * RFC 4252 user authentication as far as a passive observer infers it), as in Zeek's ssh.log
 * (base/protocols/ssh/main.zeek).
 *
 * @param version the major protocol version (2; 1 for legacy servers)
 * @param authSuccess Zeek's inferred authentication outcome (false also when undetermined)
 * @param authAttempts the number of authentication attempts Zeek inferred
 * @param direction {@code INBOUND} or {@code OUTBOUND} relative to the local networks, empty
 *     when both or neither end is local
 * @param client the client's identification string ({@code SSH-2.0-OpenSSH_9.6})
 * @param server the server's identification string
 * @param cipherAlg the negotiated cipher ({@code chacha20-poly1305@openssh.com})
 * @param macAlg the negotiated MAC ({@code umac-64-etm@openssh.com}), empty with an AEAD cipher
 * @param compressionAlg the negotiated compression ({@code none})
 * @param kexAlg the key exchange ({@code curve25519-sha256})
 * @param hostKeyAlg the server host key type ({@code ssh-ed25519})
 * @param hostKey the server host key fingerprint (MD5, colon-separated hex)
 */
public record SshSession(long ts, String uid, ConnId id, int version, boolean authSuccess,
    int authAttempts, String direction, String client, String server, String cipherAlg,
    String macAlg, String compressionAlg, String kexAlg, String hostKeyAlg, String hostKey)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.SSH;
  }
}
