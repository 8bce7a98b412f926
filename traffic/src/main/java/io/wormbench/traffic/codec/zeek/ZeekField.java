package io.wormbench.traffic.codec.zeek;

/**
 * One column of a Zeek log: its name as in {@code #fields}, its Zeek type as in {@code #types},
 * and the index of the {@link io.wormbench.traffic.codec.EventSchema} column it carries, or -1
 * for a Zeek field Wormbench does not model (written unset, ignored when read).
 */
public record ZeekField(String name, String type, int column) {
  /** True when the field carries a Wormbench value. */
  public boolean mapped() {
    return column >= 0;
  }
}
