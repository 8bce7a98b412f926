package io.wormbench.traffic.event;

/**
 * An SMB file action, as in Zeek's smb_files.log.
 *
 * @param path the UNC path of the tree the file is in, e.g. {@code \\WS042\ADMIN$}
 * @param name the file name relative to the tree
 * @param size bytes written or read (the file size for OPEN)
 */
public record SmbFileAccess(long ts, String uid, ConnId id, Action action, String path,
    String name, long size) implements Event {
  /** Zeek's SMB file actions, reduced to those detectors use. */
  public enum Action { OPEN, READ, WRITE, DELETE, RENAME }

  @Override
  public EventKind kind() {
    return EventKind.SMB_FILES;
  }
}
