package io.wormbench.detectors.smb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How random a file name looks to this organisation, in [0, 1]: the surprise of its stem under
 * a {@link CharModel} trained on the built-in corpus and on the organisation's names while
 * learning, placed between two anchors measured on the same model when learning ends: the
 * median surprise of the organisation's own names (0) and the mean surprise of uniformly random
 * eight-letter strings (1). So a letters-only generated name scores as high as a mixed one, and
 * what counts as ordinary follows the organisation's naming (its hosts' and files' names).
 * Names containing a common installer word (setup, update, agent...) are discounted, as
 * software deployments name their files so.
 */
final class NameModel {
  /** Words that make a name look like software rather than noise. */
  static final List<String> WORDS = List.of("setup", "install", "update", "upgrade", "agent",
      "service", "svc", "client", "helper", "launcher", "patch", "tool", "config", "driver",
      "runtime", "ccm", "psexe", "deploy", "office", "chrome", "firefox", "java", "adobe",
      "backup", "monitor", "sensor", "windows", "microsoft");
  /** Distinct names learned from the organisation; beyond it the model stops growing. */
  static final int MAX_NAMES = 50_000;
  /** Names kept for the benign anchor. */
  static final int ANCHOR_SAMPLE = 4096;

  private final CharModel model = new CharModel();
  private final Set<String> learned = new HashSet<>();
  private final List<String> sample = new ArrayList<>();
  private double benign;
  private double random;

  /** A model of the built-in corpus, anchored already, ready before any learning. */
  NameModel() {
    freeze();
  }

  /** Learns one organisation name (a file stem or a DNS label); cheap for repeats. */
  void learn(String name) {
    if (name.length() < 3 || learned.size() >= MAX_NAMES) {
      return;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (learned.add(n)) {
      model.learn(n);
      if (sample.size() < ANCHOR_SAMPLE) {
        sample.add(n);
      }
    }
  }

  /** Learns each label of a DNS name or SNI except the last (the top-level domain). */
  void learnHostName(String host) {
    int start = 0;
    int end;
    while ((end = host.indexOf('.', start)) > 0) {
      learn(host.substring(start, end));
      start = end + 1;
    }
  }

  /** Sets the anchors from what the model knows now. */
  void freeze() {
    List<String> benignNames = sample.isEmpty() ? Arrays.asList(CharModel.CORPUS) : sample;
    double[] bits = benignNames.stream().mapToDouble(model::bitsPerChar).sorted().toArray();
    benign = bits[bits.length / 2];
    SplittableRandom rnd = new SplittableRandom(0x5eedL); // fixed: same anchors every run
    double sum = 0;
    int n = 256;
    char[] s = new char[8];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < s.length; j++) {
        s[j] = (char) ('a' + rnd.nextInt(26));
      }
      sum += model.bitsPerChar(new String(s));
    }
    random = Math.max(benign + 0.5, sum / n);
  }

  /** Randomness of {@code fileName}'s stem (the part before its last dot), in [0, 1]. */
  double of(String fileName) {
    String stem = stem(fileName);
    double r = (model.bitsPerChar(stem) - benign) / (random - benign);
    r = r < 0 ? 0 : r > 1 ? 1 : r;
    for (String w : WORDS) {
      if (stem.contains(w)) {
        return r * 0.3;
      }
    }
    return r;
  }

  /** The lower-cased part of {@code fileName} before its last dot. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
  }
}
