package io.wormbench.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Zeek's test-all-policy idea for this module: every detector class is registered, every
 * registered detector has a test class beside it and a section in detectors/README.md.
 */
class CompletenessTest {
  private static final DetectorRegistry REGISTRY = DetectorRegistry.builtIn();

  @Test
  void everyDetectorClass_isRegistered() throws Exception {
    Set<Class<?>> registered = new HashSet<>();
    for (String name : REGISTRY.names()) {
      Detector d = REGISTRY.create(name);
      assertThat(d.name()).as("name() of %s", d.getClass()).isEqualTo(name);
      registered.add(d.getClass());
    }
    assertThat(detectorClasses()).isNotEmpty().allSatisfy(c ->
        assertThat(registered).as("registered detector classes").contains(c));
  }

  @Test
  void everyRegisteredDetector_hasATestClass() {
    for (String name : REGISTRY.names()) {
      String test = REGISTRY.create(name).getClass().getName() + "Test";
      assertThat(exists(test)).as("test class %s for %s", test, name).isTrue();
    }
  }

  @Test
  void everyRegisteredDetector_hasAReadmeSection() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String name : REGISTRY.names()) {
      assertThat(readme).as("README section for %s", name).contains("\n## `" + name + "`\n");
      int start = readme.indexOf("\n## `" + name + "`\n");
      int end = readme.indexOf("\n## ", start + 1);
      String section = readme.substring(start, end < 0 ? readme.length() : end);
      for (String heading : List.of("Detects", "Technique", "Parameters", "Evidence",
          "Blind spots")) {
        assertThat(section).as("%s section of %s", heading, name).contains("**" + heading);
      }
    }
  }

  @Test
  void everyRegisteredDetector_readmeParameterTableIsTheDeclaredOne() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String name : REGISTRY.names()) {
      int start = readme.indexOf("\n## `" + name + "`\n");
      int end = readme.indexOf("\n## ", start + 1);
      String section = readme.substring(start, end < 0 ? readme.length() : end);
      String table = REGISTRY.parameters(name).markdownTable();
      assertThat(REGISTRY.parameters(name).params()).as("declared parameters of %s", name)
          .isNotEmpty();
      assertThat(section).as("README parameter table of %s (regenerate it from %s.PARAMS)",
          name, REGISTRY.create(name).getClass().getSimpleName()).contains("\n" + table);
    }
  }

  @Test
  void undeclaredParameter_isRejectedByEveryDetector() {
    for (String name : REGISTRY.names()) {
      io.wormbench.traffic.spec.SpecNode bad = Fixtures.params("noSuchParameter: 1");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> REGISTRY.create(name, bad))
          .as("unknown field for %s", name).hasMessageContaining("noSuchParameter");
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<Class<?>> detectorClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(Detector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        Class<?> c = Class.forName(name, false, CompletenessTest.class.getClassLoader());
        if (Detector.class.isAssignableFrom(c) && !c.isInterface()
            && !Modifier.isAbstract(c.getModifiers()) && !c.isAnonymousClass()
            && !c.isSynthetic()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
