package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.StratumMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Mining JSON-RPC over TCP, one JSON object per line: Stratum v1 (mining.subscribe with the
 * agent as first parameter, mining.authorize with the worker as first parameter, mining.notify,
 * mining.submit, mining.set_difficulty) and the XMRig/MinerGate dialect (login with
 * params.login and params.agent, job pushes, submit, keepalived), as the jsiwek/zeek-cryptomining
 * package recognises them, and the Ethereum Stratum dialect (eth_submitLogin with the wallet as
 * first parameter, eth_getWork, eth_submitWork). Each message with a method becomes a
 * {@link StratumMessage}; replies
 * without a method are not logged.
 */
final class StratumDecoder extends AppDecoder {
  private static final int MAX_LINE = 64 * 1024;
  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};

  @Override
  public String service() {
    return "stratum";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer s = buf[d];
    s.append(b, off, len);
    int nl;
    while ((nl = s.indexOfNewline(0)) >= 0) {
      String line = new String(s.array(), 0, nl, StandardCharsets.UTF_8).trim();
      s.consume(nl + 1);
      if (!line.isEmpty()) {
        line(f, fromOrig, ts, line);
      }
    }
    if (s.length() > MAX_LINE) {
      dead[d] = true;
    }
  }

  private void line(FlowContext f, boolean fromOrig, long ts, String line) {
    if (message(f, fromOrig, ts, line)) {
      confirmed = true;
    }
  }

  /**
   * Emits the JSON-RPC message {@code text} as a {@link StratumMessage} when it has a method;
   * also used for JSON-RPC carried in HTTP POST bodies (getwork, getblocktemplate).
   */
  static boolean message(FlowContext f, boolean fromOrig, long ts, String text) {
    if (!(Json.parse(text) instanceof Map<?, ?> msg)) {
      return false;
    }
    if (!(msg.get("method") instanceof String method)) {
      return false;
    }
    Object params = msg.get("params");
    String worker = "";
    String agent = "";
    if (params instanceof Map<?, ?> m) {
      worker = text(m.get("login"));
      agent = text(m.get("agent"));
    } else if (params instanceof List<?> l && !l.isEmpty()) {
      if (method.equals("mining.subscribe")) {
        agent = text(l.get(0));
      } else if (method.equals("mining.authorize") || method.equals("mining.submit")
          || method.equals("eth_submitLogin") || method.equals("eth_login")) {
        worker = text(l.get(0));
      }
    }
    f.emit(new StratumMessage(ts, f.uid(), f.id(), method, worker, agent, fromOrig));
    return true;
  }

  private static String text(Object o) {
    return o instanceof String s ? s : "";
  }
}
