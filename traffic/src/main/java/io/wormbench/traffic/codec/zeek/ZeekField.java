package io.wormbench.traffic.codec.zeek;

/**
 * One column of a Zeek log: its name as in {@code #fields}, its Zeek type as in {@code #types},
 * and the index of the {@link io.wormbench.traffic.codec.EventSchema} column it carries, or -1
 * for a Zeek field Wormbench does not model (written unset, ignored when read).
 * {@code optional} marks a field Zeek declares {@code &optional} and leaves unset when it has
 * no value (dns {@code rtt} without a reply, dhcp {@code assigned_addr} on an INFORM): the
 * record's zero value (0, 0.0.0.0) is written unset, and an unset field reads as zero.
 */
public record ZeekField(String name, String type, int column, boolean optional) {
  /** A field that Zeek always sets when Wormbench models it. */
  public ZeekField(String name, String type, int column) {
    this(name, type, column, false);
  }

  /** True when the field carries a Wormbench value. */
  public boolean mapped() {
    return column >= 0;
  }

  /** True for Zeek's container types ({@code vector[...]}, {@code set[...]}). */
  public boolean container() {
    return type.startsWith("vector[") || type.startsWith("set[");
  }

  /** True when {@code value} is what this field writes unset. */
  boolean unsetValue(Object value) {
    if (value instanceof String s) {
      return s.isEmpty();
    }
    return optional && (value instanceof Long l && l == 0 || value instanceof Integer i && i == 0
        || value instanceof java.util.List<?> list && list.isEmpty());
  }
}
