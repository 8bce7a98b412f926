package io.wormbench.traffic.codec.csv;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.TextFields;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.net.Ipv4;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The layout of Wormbench's event CSV: ONE file (not one per kind) so the rows stay in time
 * order and a reader streams it without a merge. Columns: {@code kind}, then the union of every
 * kind's {@link EventSchema} columns in first-seen order (common columns first); a row fills
 * its kind's columns and leaves the others empty. Values: times and durations in integer
 * microseconds, addresses dotted, booleans {@code true}/{@code false}, enums by constant name,
 * lists as {@link TextFields#joinList}. RFC 4180 quoting, {@code \n} line ends, UTF-8.
 */
public final class EventCsv {
  /** The header columns after {@code kind}. */
  public static final List<Column> COLUMNS = EventSchema.union();

  /** The full header. */
  public static final List<String> HEADER = header();

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private EventCsv() {}

  private static List<String> header() {
    List<String> h = new ArrayList<>();
    h.add("kind");
    COLUMNS.forEach(c -> h.add(c.name()));
    return List.copyOf(h);
  }

  /** Formats a column value as the CSV cell text. */
  static String format(Column c, Object v) {
    return switch (c.type()) {
      case ADDR -> Ipv4.format((Integer) v);
      case ENUM -> ((Enum<?>) v).name();
      case STRINGS -> {
        List<String> list = new ArrayList<>();
        for (Object o : (List<?>) v) {
          list.add((String) o);
        }
        yield TextFields.joinList(list);
      }
      case INTERVALS -> {
        List<String> list = new ArrayList<>();
        for (Object o : (List<?>) v) {
          list.add(o.toString());
        }
        yield TextFields.joinList(list);
      }
      default -> v.toString();
    };
  }

  private static final int[][] POSITIONS = positions();

  private static int[][] positions() {
    EventKind[] kinds = EventKind.values();
    int[][] p = new int[kinds.length][];
    for (EventKind k : kinds) {
      p[k.ordinal()] = EventSchema.of(k).columns().stream()
          .mapToInt(c -> HEADER.indexOf(c.name())).toArray();
    }
    return p;
  }

  /** For each column of {@code kind}'s schema, its position in {@link #HEADER}. */
  static int[] positions(EventKind kind) {
    return POSITIONS[kind.ordinal()];
  }
}
