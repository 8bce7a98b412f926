package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.StratumMessage;

/**
 * One mining JSON-RPC line per {@link StratumMessage}: Stratum v1 methods ({@code mining.*})
 * with positional params (subscribe: [agent], authorize/submit: [worker, ...]); other methods
 * in the XMRig/MinerGate dialect with named params {login, pass, agent}.
 */
final class StratumWire {
  private StratumWire() {}

  static byte[] line(StratumMessage m, int id) {
    StringBuilder sb = new StringBuilder("{\"id\":").append(id);
    if (m.method().startsWith("mining.")) {
      sb.append(",\"method\":").append(q(m.method())).append(",\"params\":[");
      switch (m.method()) {
        case "mining.subscribe" -> sb.append(m.agent().isEmpty() ? "" : q(m.agent()));
        case "mining.authorize" -> sb.append(q(m.worker())).append(",\"x\"");
        case "mining.submit" -> sb.append(q(m.worker())).append(",\"1\",\"00000000\",\"5b8e1f7a\",\"deadbeef\"");
        case "mining.set_difficulty" -> sb.append("1024");
        case "mining.notify" -> sb.append("\"1\",\"00\",\"01\",\"02\",[],\"20000000\",\"1d00ffff\",\"5b8e1f7a\",true");
        default -> { }
      }
      sb.append("]}");
    } else {
      sb.append(",\"jsonrpc\":\"2.0\",\"method\":").append(q(m.method())).append(",\"params\":{");
      boolean first = true;
      if (!m.worker().isEmpty()) {
        sb.append("\"login\":").append(q(m.worker())).append(",\"pass\":\"x\"");
        first = false;
      }
      if (!m.agent().isEmpty()) {
        sb.append(first ? "" : ",").append("\"agent\":").append(q(m.agent()));
        first = false;
      }
      if (m.method().equals("job")) {
        sb.append(first ? "" : ",").append("\"blob\":\"0707\",\"job_id\":\"1\",\"target\":\"b88d0600\"");
      }
      sb.append("}}");
    }
    return sb.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
