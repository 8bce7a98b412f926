package io.wormbench.simulator.network;

import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds named network profiles: first {@code networks/<name>.yaml} beside the scenario file
 * (so researchers can add their own), then the profiles shipped in the jar, which the build
 * copies from {@code scenarios/networks/}.
 */
public final class NetworkProfiles {
  /** The profiles shipped with Wormbench. */
  public static final List<String> BUILT_IN = List.of("small-office", "enterprise", "campus");

  private NetworkProfiles() {}

  /** The spec of profile {@code name}, resolved for a scenario read from {@code source}. */
  public static NetworkSpec load(String name, String source, SpecNode nameNode) {
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw nameNode.error("must be a profile name (letters, digits, '-', '_'), not '" + name
          + "'");
    }
    SpecNode root = null;
    if (!source.isEmpty()) {
      Path beside = Path.of(source).toAbsolutePath().resolveSibling("networks")
          .resolve(name + ".yaml");
      if (Files.isRegularFile(beside)) {
        root = SpecReader.read(beside);
      }
    }
    if (root == null) {
      String resource = "/io/wormbench/simulator/networks/" + name + ".yaml";
      try (InputStream in = NetworkProfiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw nameNode.error("unknown network profile '" + name + "' (known: "
              + String.join(", ", BUILT_IN) + ", or networks/" + name
              + ".yaml beside the scenario)");
        }
        root = SpecReader.read("networks/" + name + ".yaml",
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new SpecException(source, nameNode.path(), nameNode.line(),
            "cannot read profile '" + name + "': " + e.getMessage());
      }
    }
    java.util.Optional<SpecNode> nested = root.field("profile");
    if (nested.isPresent()) {
      throw nested.get().error("a profile cannot name another profile");
    }
    return NetworkSpec.bind(root, NetworkSpec.DEFAULTS).withProfile(name);
  }
}
