package io.wormbench.traffic.codec.pcap.live;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Real traffic the test sends to itself over 127.0.0.1 only: one Stratum v1 session (a miner's
 * {@code mining.subscribe} line and the pool's reply, then an orderly close) on an ephemeral
 * TCP port, and one DNS A query and answer over UDP to port 5353 (a DNS port flow assembly
 * recognises and an unprivileged one). The DNS bytes are written by hand from RFC 1035 section 4,
 * independently of the project's own DNS encoder.
 */
final class LoopbackTraffic implements AutoCloseable {
  static final InetAddress LOCALHOST = InetAddress.getLoopbackAddress();
  static final int DNS_PORT = 5353;
  static final String SUBSCRIBE =
      "{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"cpuminer/2.5.1\"]}\n";
  static final String SUBSCRIBED = "{\"id\":1,\"result\":[[[\"mining.notify\",\"ae6812eb\"]],"
      + "\"08000002\",4],\"error\":null}\n";

  final ServerSocket pool;
  final DatagramSocket resolver;

  LoopbackTraffic() throws IOException {
    pool = new ServerSocket(0, 4, LOCALHOST);
    pool.setSoTimeout(2000);
    resolver = new DatagramSocket(null);
    resolver.setReuseAddress(true);
    resolver.setSoTimeout(2000);
    resolver.bind(new InetSocketAddress(LOCALHOST, DNS_PORT));
  }

  int stratumPort() {
    return pool.getLocalPort();
  }

  /** Miner connects, subscribes, reads the reply and closes; the pool closes after it. */
  void stratumSession() throws IOException {
    try (Socket miner = new Socket(LOCALHOST, pool.getLocalPort());
         Socket accepted = pool.accept()) {
      miner.setSoTimeout(2000);
      OutputStream out = miner.getOutputStream();
      out.write(SUBSCRIBE.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader poolIn = new BufferedReader(
          new InputStreamReader(accepted.getInputStream(), StandardCharsets.US_ASCII));
      if (!SUBSCRIBE.trim().equals(poolIn.readLine())) {
        throw new IOException("pool did not receive the subscribe line");
      }
      accepted.getOutputStream().write(SUBSCRIBED.getBytes(StandardCharsets.US_ASCII));
      BufferedReader minerIn = new BufferedReader(
          new InputStreamReader(miner.getInputStream(), StandardCharsets.US_ASCII));
      if (minerIn.readLine() == null) {
        throw new IOException("miner got no reply");
      }
    }
  }

  /** One A query for {@code name} and an answer with {@code address}. */
  void dnsExchange(String name, byte[] address) throws IOException {
    try (DatagramSocket client = new DatagramSocket(0, LOCALHOST)) {
      client.setSoTimeout(2000);
      byte[] q = message(0x4d2a, 0x0100, name, null);
      client.send(new DatagramPacket(q, q.length, LOCALHOST, DNS_PORT));
      DatagramPacket got = new DatagramPacket(new byte[512], 512);
      resolver.receive(got);
      byte[] r = message(0x4d2a, 0x8180, name, address);
      resolver.send(new DatagramPacket(r, r.length, got.getSocketAddress()));
      client.receive(new DatagramPacket(new byte[512], 512));
    }
  }

  private static byte[] message(int id, int flags, String name, byte[] answer) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    u16(b, id);
    u16(b, flags);
    u16(b, 1);
    u16(b, answer == null ? 0 : 1);
    u16(b, 0);
    u16(b, 0);
    for (String label : name.split("\\.")) {
      b.write(label.length());
      b.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
    }
    b.write(0);
    u16(b, 1); // QTYPE A
    u16(b, 1); // QCLASS IN
    if (answer != null) {
      u16(b, 0xC00C); // compression pointer to the question's name
      u16(b, 1);
      u16(b, 1);
      u16(b, 0);
      u16(b, 60); // TTL
      u16(b, 4);
      b.writeBytes(answer);
    }
    return b.toByteArray();
  }

  private static void u16(ByteArrayOutputStream b, int v) {
    b.write(v >>> 8);
    b.write(v & 0xff);
  }

  @Override
  public void close() throws IOException {
    pool.close();
    resolver.close();
  }
}
