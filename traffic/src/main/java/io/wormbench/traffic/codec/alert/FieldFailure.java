package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.codec.TrafficFormatException;

/** Builds the one-line error for a field of the record being read. */
@FunctionalInterface
interface FieldFailure {
  /** The error naming {@code field} and {@code problem} at the current line. */
  TrafficFormatException at(String field, String problem);
}
