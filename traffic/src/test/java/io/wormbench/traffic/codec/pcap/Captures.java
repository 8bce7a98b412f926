package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the shared real captures and decodes them for tests. */
final class Captures {
  private Captures() {}

  static Path path(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/captures").resolve(name);
      if (Files.exists(p)) {
        return p;
      }
      Path q = dir.resolve("../shared/captures").resolve(name).normalize();
      if (Files.exists(q)) {
        return q;
      }
    }
    return Path.of("/work/shared/captures", name);
  }

  /** A fuzz reproducer from {@code ../shared/fuzz-repro}. */
  static Path fuzzRepro(String name) {
    Path capture = path("README.md").getParent();
    return capture.resolveSibling("fuzz-repro").resolve(name);
  }

  static List<Event> events(Path p) {
    List<Event> out = new ArrayList<>();
    try (PcapEventSource s = PcapEventSource.open(p)) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  static <T extends Event> List<T> of(List<Event> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
