package io.wormbench.detectors.http;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an HTTP response carries an executable, judged as Zeek's file analysis and the
 * Emerging Threats "EXE download" rules do: by the sniffed MIME type (an {@code MZ} body is
 * {@code application/x-dosexec}) or, failing that, by the extension of the request path.
 */
final class Executables {
  private static final Set<String> MIME = Set.of("application/x-dosexec",
      "application/x-msdownload", "application/x-executable", "application/x-elf",
      "application/x-msi", "application/x-ms-installer", "application/vnd.microsoft.portable-executable",
      "application/x-sharedlib", "application/x-mach-binary");
  private static final Set<String> EXTENSIONS =
      Set.of("exe", "dll", "scr", "msi", "com", "ps1", "bat", "vbs", "hta", "jar", "elf", "bin", "sh");

  private Executables() {}

  /** True for an executable body or an executable-looking path. */
  static boolean isExecutable(String mime, String uri) {
    if (!mime.isEmpty() && MIME.contains(mime.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return !extension(uri).isEmpty();
  }

  /** The executable extension of the path part of {@code uri}, or "". */
  static String extension(String uri) {
    int end = uri.length();
    int q = uri.indexOf('?');
    if (q >= 0) {
      end = q;
    }
    int slash = uri.lastIndexOf('/', end - 1);
    int dot = uri.lastIndexOf('.', end - 1);
    if (dot <= slash || dot < 0) {
      return "";
    }
    String ext = uri.substring(dot + 1, end).toLowerCase(Locale.ROOT);
    return EXTENSIONS.contains(ext) ? ext : "";
  }
}
