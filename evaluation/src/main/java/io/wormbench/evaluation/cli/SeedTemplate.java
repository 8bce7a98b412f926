package io.wormbench.evaluation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A path with a {@code {seed}} placeholder, as {@code score --alerts 'out/{seed}/eve.json'}
 * takes it: expanded per seed, and the seeds discovered from the folder names that fill the
 * placeholder in one path segment ({@code sim/seeds/{seed}/truth.json} finds
 * {@code sim/seeds/1}, {@code sim/seeds/2}...).
 */
record SeedTemplate(String text) {
  static final String PLACEHOLDER = "{seed}";

  boolean templated() {
    return text.contains(PLACEHOLDER);
  }

  Path expand(long seed) {
    return Path.of(text.replace(PLACEHOLDER, Long.toString(seed)));
  }

  /** The seeds for which the template names an existing path, ascending. */
  List<Long> discover() {
    int at = text.indexOf(PLACEHOLDER);
    int slash = Math.max(text.lastIndexOf('/', at), text.lastIndexOf('\\', at));
    Path parent = Path.of(slash < 0 ? "." : text.substring(0, slash + 1));
    int next = text.indexOf('/', at);
    String segment = text.substring(slash + 1, next < 0 ? text.length() : next);
    Pattern p = Pattern.compile(Pattern.quote(segment).replace(PLACEHOLDER, "\\E([0-9]{1,18})\\Q"));
    List<Long> seeds = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      throw new BadInputException(text + ": no folder " + parent + " to find seeds in");
    }
    try (Stream<Path> s = Files.list(parent)) {
      for (Path child : s.toList()) {
        Matcher m = p.matcher(child.getFileName().toString());
        if (m.matches()) {
          long seed = Long.parseLong(m.group(1));
          if (Files.exists(expand(seed))) {
            seeds.add(seed);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + parent, e);
    }
    seeds.sort(null);
    if (seeds.isEmpty()) {
      throw new BadInputException(text + ": no seed found (no " + parent + "/"
          + segment.replace(PLACEHOLDER, "<n>") + ")");
    }
    return seeds;
  }
}
