package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one Zeek TSV log (Zeek's default ASCII writer): the header lines {@code #separator},
 * {@code #set_separator}, {@code #empty_field}, {@code #unset_field}, {@code #path},
 * {@code #fields} and {@code #types} (a file may hold several header blocks, as concatenated
 * logs do), then one tab-separated row per record. Fields are found by name, so logs with extra
 * or reordered columns read fine; the connection identity and {@code ts} are required.
 */
final class ZeekTsvCursor extends LineCursor {
  private String separator = "\t";
  private String setSeparator = ",";
  private String emptyField = ZeekText.EMPTY;
  private String unsetField = ZeekText.UNSET;
  private String path = "";
  private List<String> fieldNames;
  private int typesCount = -1;
  private TsvRow row;

  ZeekTsvCursor(Path file) {
    super(file);
  }

  @Override
  protected Event parseLine(String text) {
    if (text.startsWith("#")) {
      header(text);
      return null;
    }
    return text.isEmpty() ? null : data(text);
  }


  private void header(String text) {
    int tab = text.indexOf(text.startsWith("#separator") ? ' ' : '\t');
    String key = tab < 0 ? text : text.substring(0, tab);
    String value = tab < 0 ? "" : text.substring(tab + 1);
    switch (key) {
      case "#separator" -> separator = unescapeHeader(key, value);
      case "#set_separator" -> setSeparator = unescapeHeader(key, value);
      case "#empty_field" -> emptyField = value;
      case "#unset_field" -> unsetField = value;
      case "#path" -> path = value;
      case "#fields" -> {
        fieldNames = Arrays.asList(split(value, separator));
        row = null;
      }
      case "#types" -> typesCount = split(value, separator).length;
      default -> { } // #open, #close and comments carry nothing Wormbench needs
    }
  }

  private String unescapeHeader(String key, String value) {
    String s = ZeekText.unescape(value);
    if (s.isEmpty()) {
      throw new TrafficFormatException(source, line, "", key + ": bad value '" + value + "'");
    }
    return s;
  }

  private Event data(String text) {
    if (row == null) {
      row = newRow();
    }
    String[] cells = split(text, separator);
    if (cells.length != fieldNames.size()) {
      throw new TrafficFormatException(source, line, "", "expected " + fieldNames.size()
          + " fields but found " + cells.length + (cells.length < fieldNames.size()
          ? " (truncated line?)" : ""));
    }
    row.cells = cells;
    row.line(line);
    return EventSchema.of(row.log.kind()).decode(row);
  }

  private TsvRow newRow() {
    if (fieldNames == null) {
      throw new TrafficFormatException(source, line, "", "data before the #fields header");
    }
    if (typesCount >= 0 && typesCount != fieldNames.size()) {
      throw new TrafficFormatException(source, line, "", "#types has " + typesCount
          + " entries but #fields has " + fieldNames.size());
    }
    ZeekLog log = ZeekLog.ofPath(path).or(() -> ZeekLog.ofFileName(source))
        .orElseThrow(() -> new TrafficFormatException(source, line, "",
            "unknown Zeek log '" + (path.isEmpty() ? source : path) + "'; Wormbench reads "
                + ZeekFiles.knownLogs()));
    int[] index = new int[EventSchema.of(log.kind()).columns().size()];
    Arrays.fill(index, -1);
    for (ZeekField f : log.fields()) {
      if (f.mapped()) {
        index[f.column()] = fieldNames.indexOf(f.name());
        if (index[f.column()] < 0 && f.column() <= 5) {
          throw new TrafficFormatException(source, line, f.name(), "missing from #fields");
        }
      }
    }
    return new TsvRow(log, index);
  }

  /** Splits on a literal separator, keeping empty fields; no regex, as this runs per row. */
  static String[] split(String text, String separator) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = text.indexOf(separator, from)) >= 0) {
      out.add(text.substring(from, at));
      from = at + separator.length();
    }
    out.add(text.substring(from));
    return out.toArray(new String[0]);
  }

  /** A row of this file's current header block. */
  private final class TsvRow extends ZeekRow {
    final ZeekLog log;
    final int[] index;
    String[] cells;

    TsvRow(ZeekLog log, int[] index) {
      super(source, log);
      this.log = log;
      this.index = index;
    }

    private String raw(int column) {
      int i = index[column];
      if (i < 0) {
        return null;
      }
      String s = cells[i];
      return s.equals(unsetField) ? null : s;
    }


    @Override
    String scalar(int column) {
      String s = raw(column);
      if (s == null) {
        return null;
      }
      return s.equals(emptyField) ? "" : ZeekText.unescape(s);
    }

    @Override
    List<String> list(int column) {
      String s = raw(column);
      if (s == null) {
        return null;
      }
      List<String> out = new ArrayList<>();
      if (!s.equals(emptyField)) {
        for (String part : split(s, setSeparator)) {
          out.add(ZeekText.unescape(part));
        }
      }
      return out;
    }
  }
}
