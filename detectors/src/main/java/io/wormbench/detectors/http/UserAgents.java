package io.wormbench.detectors.http;

import java.util.Locale;

/**
 * Classes of HTTP user agents for download detection. Script interpreters and the system's
 * download utilities are what droppers use (PowerShell's {@code Invoke-WebRequest},
 * {@code certutil -urlcache}, {@code bitsadmin /transfer}, curl, python-requests: MITRE
 * ATT&CK T1105 procedure examples), and several of them send a {@code Mozilla/...} prefix
 * (PowerShell's default agent is {@code Mozilla/5.0 (Windows NT; ...) WindowsPowerShell/5.1}),
 * so a browser is recognised by its engine tokens, not by that prefix.
 */
public enum UserAgents {
  /** No User-Agent header at all. */
  MISSING,
  /** A script interpreter or system download utility. */
  SCRIPTED,
  /** A web browser (a rendering-engine token and no scripting token). */
  BROWSER,
  /** Anything else: an application's own client, an updater, a library not listed. */
  OTHER;

  private static final String[] SCRIPTED_TOKENS = {"powershell", "certutil", "bitsadmin",
      "microsoft bits", "curl/", "wget/", "python-requests", "python-urllib", "python/",
      "aiohttp", "go-http-client", "libwww-perl", "winhttp", "java/", "okhttp", "msxml",
      "microsoft-cryptoapi", "mshta", "wscript", "cscript", "httpie", "nim httpclient"};
  private static final String[] BROWSER_TOKENS = {"gecko", "applewebkit", "trident/",
      "chrome/", "firefox/", "safari/", "edg/", "presto"};

  /** The class of {@code agent} (the raw header value, "" when absent). */
  public static UserAgents of(String agent) {
    if (agent.isBlank()) {
      return MISSING;
    }
    String a = agent.toLowerCase(Locale.ROOT);
    for (String t : SCRIPTED_TOKENS) {
      if (a.contains(t)) {
        return SCRIPTED;
      }
    }
    if (a.startsWith("mozilla/")) {
      for (String t : BROWSER_TOKENS) {
        if (a.contains(t)) {
          return BROWSER;
        }
      }
    }
    return OTHER;
  }
}
