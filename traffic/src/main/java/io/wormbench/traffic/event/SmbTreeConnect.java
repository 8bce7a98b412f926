package io.wormbench.traffic.event;

/**
 * An SMB TREE_CONNECT, as in Zeek's smb_mapping.log.
 *
 * @param path the UNC path, e.g. {@code \\FS01\ADMIN$}
 * @param shareType DISK, PIPE or PRINT
 */
public record SmbTreeConnect(long ts, String uid, ConnId id, String path, String shareType)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.SMB_TREE;
  }

  /** The share name after the host, upper-cased: {@code ADMIN$}, {@code C$}, {@code IPC$}. */
  public String share() {
    int i = path.lastIndexOf('\\');
    return (i < 0 ? path : path.substring(i + 1)).toUpperCase(java.util.Locale.ROOT);
  }
}
