package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.Technique;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Zeek's notice.log (https://docs.zeek.org/en/master/scripts/base/frameworks/notice/main.zeek.html),
 * TSV with its {@code #fields} header or JSON lines, whichever the file is. Read: {@code ts},
 * {@code uid}, {@code id.orig_h}/{@code id.orig_p}/{@code id.resp_h}/{@code id.resp_p},
 * {@code proto}, {@code src}, {@code dst}, {@code note}, {@code msg}. A notice names no
 * severity: it is already the script's decision, so every notice scores 1. The entity is
 * {@code src} when the notice sets it (the scanner of {@code Scan::Address_Scan}, the guesser
 * of {@code SSH::Password_Guessing}), else the internal endpoint of {@code id.*} or of
 * {@code src}/{@code dst} ({@link Endpoints}). Known notes carry their ATT&CK id
 * ({@link #TECHNIQUES}); detector name {@code zeek} unless set.
 */
public final class ZeekNotice {
  /** ATT&CK techniques of the notes of Zeek's own policy scripts that bear on this kill chain. */
  public static final Map<String, String> TECHNIQUES = Map.of(
      "Scan::Address_Scan", Technique.NETWORK_SERVICE_DISCOVERY.id(),
      "Scan::Port_Scan", Technique.NETWORK_SERVICE_DISCOVERY.id(),
      "SSH::Password_Guessing", Technique.PASSWORD_GUESSING.id(),
      "FTP::Bruteforcing", Technique.PASSWORD_GUESSING.id(),
      "HTTP::SQL_Injection_Attacker", Technique.EXPLOIT_PUBLIC_FACING_APPLICATION.id(),
      "Conn::Retransmission_Inconsistency", "");

  private ZeekNotice() {}

  /** Opens TSV or JSON, judged by the first character. */
  public static AlertReader open(BufferedReader in, String source, AlertReadOptions options) {
    try {
      in.mark(1);
      int c = in.read();
      in.reset();
      if (c == '{') {
        return new Json(in, source, options);
      }
      return new Tsv(in, source, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** One notice from a field accessor ({@code null} for unset fields). */
  static Optional<ToolAlert> convert(Function<String, String> f, long ts, long line,
      AlertReadOptions options, FieldFailure fail, Runnable skipped) {
    int[] addr = new int[4];
    String[] names = {"id.orig_h", "id.resp_h", "src", "dst"};
    for (int i = 0; i < names.length; i++) {
      String t = f.apply(names[i]);
      if (t == null || t.isEmpty()) {
        continue;
      }
      if (t.indexOf(':') >= 0) {
        skipped.run();
        return Optional.empty();
      }
      try {
        addr[i] = Ipv4.parse(t);
      } catch (IllegalArgumentException e) {
        throw fail.at(names[i], e.getMessage());
      }
    }
    int host;
    int peer;
    if (addr[2] != Ipv4.NONE) {
      host = addr[2];
      peer = addr[3] != Ipv4.NONE ? addr[3] : addr[2] == addr[0] ? addr[1] : addr[0];
    } else {
      int[] e = addr[0] != Ipv4.NONE ? Endpoints.entity(addr[0], addr[1], options.internal())
          : Endpoints.entity(addr[2], addr[3], options.internal());
      host = e[0];
      peer = e[1];
    }
    if (host == Ipv4.NONE) {
      throw fail.at("src", "a notice needs src or id.orig_h to name a host");
    }
    String note = orEmpty(f.apply("note"));
    String msg = orEmpty(f.apply("msg"));
    Alert a = new Alert(options.detectorOr("zeek"), ts, host, peer, 1.0,
        TECHNIQUES.getOrDefault(note, ""), note + (msg.isEmpty() ? "" : ": " + msg));
    FlowKey key = new FlowKey("", orEmpty(f.apply("uid")), addr[0], port(f, "id.orig_p", fail),
        addr[1], port(f, "id.resp_p", fail), Protocols.number(orEmpty(f.apply("proto"))));
    return Optional.of(new ToolAlert(a, key, line));
  }

  private static int port(Function<String, String> f, String name, FieldFailure fail) {
    String t = f.apply(name);
    if (t == null || t.isEmpty()) {
      return -1;
    }
    try {
      int p = Integer.parseInt(t);
      if (p < 0 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw fail.at(name, "not a port: '" + t + "'");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** notice.log as JSON lines (Zeek's {@code LogAscii::use_json}). */
  static final class Json extends JsonAlertLines {
    Json(BufferedReader in, String source, AlertReadOptions options) {
      super(in, source, options);
    }

    @Override
    Optional<ToolAlert> convert(tools.jackson.databind.JsonNode r) {
      long ts = time(r, "ts");
      boolean[] skip = new boolean[1];
      Optional<ToolAlert> a = ZeekNotice.convert(name -> {
        tools.jackson.databind.JsonNode n = r.get(name);
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asString();
      }, ts, line, options, this::fail, () -> skip[0] = true);
      return skip[0] ? skip() : a;
    }
  }

  /** notice.log as Zeek's tab-separated ASCII log. */
  static final class Tsv implements AlertReader {
    private final BufferedReader in;
    private final String source;
    private final AlertReadOptions options;
    private Map<String, Integer> columns = Map.of();
    private long line;
    private long skipped;

    Tsv(BufferedReader in, String source, AlertReadOptions options) {
      this.in = in;
      this.source = source;
      this.options = options;
    }

    @Override
    public Optional<ToolAlert> next() {
      while (true) {
        String text;
        try {
          text = in.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source, e);
        }
        if (text == null) {
          return Optional.empty();
        }
        line++;
        if (text.isEmpty()) {
          continue;
        }
        if (text.startsWith("#")) {
          if (text.startsWith("#fields\t")) {
            String[] names = text.substring("#fields\t".length()).split("\t", -1);
            java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < names.length; i++) {
              m.put(names[i], i);
            }
            columns = Map.copyOf(m);
          }
          continue;
        }
        if (columns.isEmpty()) {
          throw new TrafficFormatException(source, line, "", "data before the #fields header");
        }
        String[] cells = text.split("\t", -1);
        if (cells.length != columns.size()) {
          throw new TrafficFormatException(source, line, "", "expected " + columns.size()
              + " fields but found " + cells.length);
        }
        Function<String, String> f = name -> {
          Integer i = columns.get(name);
          String v = i == null ? null : cells[i];
          return v == null || v.equals("-") || v.equals("(empty)") ? null : v;
        };
        String tsText = f.apply("ts");
        if (tsText == null) {
          throw new TrafficFormatException(source, line, "ts", "missing");
        }
        long ts;
        try {
          ts = EpochTime.parse(tsText);
        } catch (IllegalArgumentException | ArithmeticException e) {
          throw new TrafficFormatException(source, line, "ts", e.getMessage());
        }
        boolean[] skip = new boolean[1];
        long at = line;
        Optional<ToolAlert> a = ZeekNotice.convert(f, ts, line, options,
            (field, problem) -> new TrafficFormatException(source, at, field, problem),
            () -> skip[0] = true);
        if (skip[0]) {
          skipped++;
          continue;
        }
        return a;
      }
    }

    @Override
    public long skipped() {
      return skipped;
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
