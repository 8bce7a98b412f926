package io.wormbench.detectors.smb;

import java.util.Arrays;
import java.util.Locale;

/**
 * A character-level language model of names, as DGA detectors score domain labels (Yadav et
 * al., "Detecting Algorithmically Generated Malicious Domain Names", IMC 2010; Schiavoni et
 * al., Phoenix, DIMVA 2014, with n-gram likelihoods of benign names): a trigram model over
 * a-z, 0-9 and one symbol for anything else, with start and end marks, interpolated with the
 * bigram and unigram models (Jelinek-Mercer smoothing, add-one at the unigram level). It is
 * trained on a small built-in corpus of software and English name parts (so it works before
 * the organisation has shown many names) and on the organisation's own names while learning:
 * file names seen over SMB and HTTP, DNS and TLS name labels. {@link #bitsPerChar} is the
 * average surprise of a name in bits per character; a generated name is surprising.
 */
final class CharModel {
  private static final int SYMBOLS = 39; // a-z, 0-9, other, start/end
  private static final int OTHER = 36;
  private static final int MARK = 37;
  private static final double L3 = 0.6;
  private static final double L2 = 0.3;
  private static final double L1 = 0.1;

  /** Built-in name parts: what software and English-named files look like. */
  static final String[] CORPUS = {"setup", "install", "installer", "update", "updater",
      "upgrade", "agent", "service", "services", "client", "helper", "launcher", "patch",
      "tool", "tools", "config", "driver", "runtime", "deploy", "office", "chrome", "firefox",
      "java", "adobe", "reader", "backup", "monitor", "sensor", "windows", "microsoft",
      "system", "manager", "report", "reports", "invoice", "budget", "meeting", "notes",
      "project", "presentation", "document", "documents", "picture", "image", "photo",
      "download", "program", "files", "data", "database", "server", "network", "security",
      "printer", "print", "scanner", "policy", "policies", "script", "scripts", "login",
      "logon", "profile", "desktop", "explorer", "outlook", "excel", "word", "teams", "zoom",
      "antivirus", "defender", "endpoint", "edge", "vmware", "citrix", "sql", "oracle",
      "intranet", "portal", "mail", "calendar", "contact", "contacts", "sales", "finance",
      "payroll", "marketing", "human", "resources", "training", "weekly", "monthly",
      "quarterly", "annual", "summary", "draft", "final", "version", "release", "readme",
      "license", "support", "common", "shared", "public", "private", "archive", "export",
      "import", "template", "templates", "company", "customer", "customers", "product",
      "products", "order", "orders", "telemetry", "cloud", "storage", "content", "static",
      "assets", "media", "video", "audio", "player", "viewer", "editor", "studio", "visual",
      "python", "node", "npm", "git", "github", "docker", "kubernetes", "package", "packages",
      "library", "framework", "module", "plugin", "extension", "connector", "gateway",
      "proxy", "firewall", "domain", "controller", "directory", "active", "group", "user",
      "users", "admin", "administrator", "account", "accounts", "password", "credential"};

  private final int[] tri = new int[SYMBOLS * SYMBOLS * SYMBOLS];
  private final int[] bi = new int[SYMBOLS * SYMBOLS];
  private final int[] uni = new int[SYMBOLS];
  private final int[] biContext = new int[SYMBOLS];
  private final int[] triContext = new int[SYMBOLS * SYMBOLS];
  private long total;

  /** A model trained on the built-in corpus only. */
  CharModel() {
    for (String w : CORPUS) {
      learn(w);
    }
  }

  /** Learns one name (lower-cased; empty names are ignored). */
  void learn(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return;
    }
    int a = MARK;
    int b = MARK;
    for (int i = 0; i <= n.length(); i++) {
      int c = i == n.length() ? MARK : symbol(n.charAt(i));
      tri[(a * SYMBOLS + b) * SYMBOLS + c]++;
      triContext[a * SYMBOLS + b]++;
      bi[b * SYMBOLS + c]++;
      biContext[b]++;
      uni[c]++;
      total++;
      a = b;
      b = c;
    }
  }

  /** Average surprise of {@code name} in bits per character (the end mark included). */
  double bitsPerChar(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int a = MARK;
    int b = MARK;
    double bits = 0;
    for (int i = 0; i <= n.length(); i++) {
      int c = i == n.length() ? MARK : symbol(n.charAt(i));
      double p1 = (uni[c] + 1.0) / (total + SYMBOLS);
      double p2 = biContext[b] == 0 ? p1 : bi[b * SYMBOLS + c] / (double) biContext[b];
      int ctx = a * SYMBOLS + b;
      double p3 = triContext[ctx] == 0 ? p2 : tri[ctx * SYMBOLS + c] / (double) triContext[ctx];
      bits -= Math.log(L3 * p3 + L2 * p2 + L1 * p1) / Math.log(2);
      a = b;
      b = c;
    }
    return bits / (n.length() + 1);
  }

  private static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + (c - '0');
    }
    return OTHER;
  }

  @Override
  public String toString() {
    return "CharModel" + Arrays.toString(new long[] {total});
  }
}
