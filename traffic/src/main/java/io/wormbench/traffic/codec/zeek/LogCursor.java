package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.SkippedRecords;
import io.wormbench.traffic.event.Event;

/**
 * One Zeek log file read row by row, in file order, which is only approximately time order
 * (see {@link ReorderBuffer}). Rows outside Wormbench's model are skipped and counted.
 */
interface LogCursor extends AutoCloseable {
  /** The next event, or null at the end of the file. */
  Event next();

  /** The file name, for messages. */
  String source();

  /** The line of the event last returned. */
  long line();

  /** Rows skipped because Wormbench cannot represent them (IPv6, unmodelled SMB actions). */
  SkippedRecords skipped();

  @Override
  void close();
}
