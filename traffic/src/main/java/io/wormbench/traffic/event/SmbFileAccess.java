package io.wormbench.traffic.event;

/**
 * An SMB file action, as in Zeek's smb_files.log.
 *
 * @param path the UNC path of the tree the file is in, e.g. {@code \\WS042\ADMIN$}
 * @param name the file name relative to the tree
 * @param size bytes written or read (the file size for OPEN)
 * @param mimeType the MIME type sniffed from the file's first bytes at offset 0, as Zeek's
 *     files.log {@code mime_type} gives it ({@code application/x-dosexec} for {@code MZ}); empty
 *     when offset 0 was not seen
 */
public record SmbFileAccess(long ts, String uid, ConnId id, Action action, String path,
    String name, long size, String mimeType) implements Event {
  /** Zeek's SMB file actions, reduced to those detectors use. */
  public enum Action { OPEN, READ, WRITE, DELETE, RENAME }

  /** A file action whose content type is unknown. */
  public SmbFileAccess(long ts, String uid, ConnId id, Action action, String path, String name,
      long size) {
    this(ts, uid, id, action, path, name, size, "");
  }

  @Override
  public EventKind kind() {
    return EventKind.SMB_FILES;
  }
}
