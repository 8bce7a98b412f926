package io.wormbench.evaluation.experiment;

import io.wormbench.traffic.spec.SpecException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Sets one parameter of a scenario's YAML text by path ({@code attacks[0].bruteForce.rate},
 * {@code detectors[smb-brute-force].minFailures}), creating missing maps on the way, and
 * returns the new YAML. The result is bound again by every module, so a swept value is
 * validated exactly like a written one.
 */
public final class ParameterOverride {
  private static final YAMLMapper YAML = new YAMLMapper();

  private ParameterOverride() {}

  private record Segment(String name, String selector) {}

  /** {@code yaml} with {@code path} set to the scalar {@code value}. */
  public static String apply(String source, String yaml, String path, String value) {
    JsonNode root = YAML.readTree(yaml);
    if (!(root instanceof ObjectNode)) {
      throw new SpecException(source, "", 0, "a scenario must be a map of fields");
    }
    List<Segment> segments = parse(path);
    JsonNode node = root;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      boolean last = i == segments.size() - 1;
      ObjectNode map = (ObjectNode) node;
      if (s.selector().isEmpty()) {
        if (last) {
          map.put(s.name(), value);
          return YAML.writeValueAsString(root);
        }
        JsonNode child = map.get(s.name());
        if (child == null || child.isNull()) {
          child = map.putObject(s.name());
        } else if (!child.isObject()) {
          throw error(source, path, "'" + s.name() + "' is not a map of fields");
        }
        node = child;
        continue;
      }
      JsonNode list = map.get(s.name());
      if (list == null || !list.isArray()) {
        throw error(source, path, "the scenario has no list '" + s.name()
            + "'; write it out to sweep one of its items");
      }
      int index = select((ArrayNode) list, s.selector(), source, path);
      if (last) {
        ((ArrayNode) list).set(index, YAML.getNodeFactory().stringNode(value));
        return YAML.writeValueAsString(root);
      }
      node = list.get(index);
      if (!node.isObject()) {
        throw error(source, path, s.name() + "[" + s.selector() + "] is not a map of fields");
      }
    }
    throw error(source, path, "empty parameter path");
  }

  private static int select(ArrayNode list, String selector, String source, String path) {
    if (selector.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(selector);
      if (i >= list.size()) {
        throw error(source, path, "index " + i + " is past the end of a list of " + list.size());
      }
      return i;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode name = list.get(i).get("name");
      if (name != null && selector.equals(name.asString())) {
        return i;
      }
    }
    throw error(source, path, "no item named '" + selector + "'");
  }

  private static List<Segment> parse(String path) {
    List<Segment> out = new ArrayList<>();
    for (String part : path.split("\\.(?![^\\[]*\\])")) {
      int b = part.indexOf('[');
      if (b < 0) {
        out.add(new Segment(part, ""));
      } else {
        out.add(new Segment(part.substring(0, b), part.substring(b + 1, part.length() - 1)));
      }
    }
    return out;
  }

  private static SpecException error(String source, String path, String problem) {
    return new SpecException(source, "sweep", 0, path + ": " + problem);
  }
}
