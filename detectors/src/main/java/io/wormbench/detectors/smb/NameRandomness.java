package io.wormbench.detectors.smb;

import java.util.List;
import java.util.Locale;

/**
 * How random a file name looks, in [0, 1], from character-class heuristics of the kind used
 * against algorithmically generated names (Yadav et al., "Detecting Algorithmically Generated
 * Malicious Domain Names", IMC 2010; Antonakakis et al., Pleiades, USENIX Security 2012):
 * letters and digits interleaved, too few vowels for a pronounceable word, and long consonant
 * runs. Names containing a common installer word (setup, update, agent...) are discounted.
 */
final class NameRandomness {
  /** Words that make a name look like software rather than noise. */
  static final List<String> WORDS = List.of("setup", "install", "update", "upgrade", "agent",
      "service", "svc", "client", "helper", "launcher", "patch", "tool", "config", "driver",
      "runtime", "ccm", "psexe", "deploy", "office", "chrome", "firefox", "java", "adobe",
      "backup", "monitor", "sensor", "windows", "microsoft");

  private NameRandomness() {}

  /** The randomness of {@code fileName}'s stem (the part before its last dot). */
  static double of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
    int letters = 0;
    int vowels = 0;
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    int lastLetter = -1;
    int firstDigit = -1;
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters++;
        lastLetter = i;
        if ("aeiouy".indexOf(c) >= 0) {
          vowels++;
          run = 0;
        } else {
          longestRun = Math.max(longestRun, ++run);
        }
      } else if (c >= '0' && c <= '9') {
        digits++;
        firstDigit = firstDigit < 0 ? i : firstDigit;
      } else {
        run = 0;
      }
    }
    // Digits among letters (x7fq, 1et8) are typical of generated names; a version suffix
    // after a word (setup64) is not.
    boolean suffixOnly = digits > 0 && firstDigit > lastLetter;
    double mixed = letters > 0 && digits > 0 && !suffixOnly ? 1 : 0;
    double fewVowels = letters >= 2 && vowels * 4 < letters ? 1 : 0;
    double consonants = longestRun >= 5 ? 1 : longestRun >= 4 ? 0.5 : 0;
    double r = 0.45 * mixed + 0.35 * fewVowels + 0.2 * consonants;
    for (String w : WORDS) {
      if (stem.contains(w)) {
        return r * 0.3;
      }
    }
    return r;
  }
}
