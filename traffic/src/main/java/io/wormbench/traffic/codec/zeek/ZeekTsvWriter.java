package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Zeek TSV logs exactly as Zeek's ASCII writer lays them out, so zeek-cut and
 * Zeek-based tools read them: the standard header block, every standard column of each log
 * (those Wormbench does not model are unset, {@code -}), and a {@code #close} line.
 * {@code #open} and {@code #close} carry the first and last event times, not the wall clock,
 * so the same stream always gives the same bytes. Empty text is written unset, the way Zeek
 * logs an absent optional field.
 */
public final class ZeekTsvWriter extends ZeekLogWriter {
  /** Writes into {@code dir}, creating it if needed. */
  public ZeekTsvWriter(Path dir) {
    super(dir);
  }

  @Override
  void begin(Writer out, ZeekLog log, long firstTs) throws IOException {
    out.write("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n");
    out.write("#path\t" + log.path() + "\n");
    out.write("#open\t" + ZeekText.openClose(firstTs) + "\n");
    out.write("#fields\t" + log.fields().stream().map(ZeekField::name)
        .collect(Collectors.joining("\t")) + "\n");
    out.write("#types\t" + log.fields().stream().map(ZeekField::type)
        .collect(Collectors.joining("\t")) + "\n");
  }

  @Override
  void row(Writer out, ZeekLog log, Event e) throws IOException {
    StringBuilder b = new StringBuilder(256);
    for (ZeekField f : log.fields()) {
      if (b.length() > 0) {
        b.append('\t');
      }
      b.append(f.mapped() ? format(f, value(f, e)) : ZeekText.UNSET);
    }
    out.write(b.append('\n').toString());
  }

  @Override
  void end(Writer out, ZeekLog log, long lastTs) throws IOException {
    out.write("#close\t" + ZeekText.openClose(lastTs) + "\n");
  }

  private static String format(ZeekField f, Object v) {
    boolean container = f.container();
    if (f.unsetValue(v)) {
      return ZeekText.UNSET;
    }
    if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        return ZeekText.EMPTY;
      }
      StringBuilder b = new StringBuilder();
      for (Object o : list) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(o instanceof Long l ? ZeekText.seconds(l) : ZeekText.escape((String) o, true));
      }
      return b.toString();
    }
    if (v instanceof String s) {
      return ZeekText.escape(s, container);
    }
    return switch (f.type()) {
      case "time", "interval" -> ZeekText.seconds((Long) v);
      case "addr" -> Ipv4.format((Integer) v);
      case "bool" -> (Boolean) v ? "T" : "F";
      default -> v instanceof Enum<?> en ? ZeekText.enumName(en) : v.toString();
    };
  }
}
