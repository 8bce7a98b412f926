package io.wormbench.traffic.spec;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.Utf8Reader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML into a {@link SpecNode} tree with the line of every node. A syntax error becomes
 * one {@link SpecException} naming the file and line, never a parser stack trace. The file must
 * be UTF-8 (YAML 1.2 section 5.2) and must not be empty: an empty scenario is a mistake (a
 * truncated copy, a wrong path), never a request for the defaults. Anchors and aliases
 * ({@code &name}, {@code *name}) are rejected: scenario files are short, an alias would make a
 * value's reported line that of another field, and expanding aliases is the "billion laughs"
 * memory attack.
 */
public final class SpecReader {
  private static final YAMLMapper YAML = new YAMLMapper();

  private SpecReader() {}

  /** Reads a YAML file. */
  public static SpecNode read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.toString();
    try (Reader r = new Utf8Reader(Files.newInputStream(file), name)) {
      return read(name, r);
    } catch (NoSuchFileException e) {
      throw new SpecException(name, "", 0, "no such file");
    } catch (IOException e) {
      throw new SpecException(name, "", 0, "cannot read: " + e.getMessage());
    } catch (TrafficFormatException e) {
      throw new SpecException(name, "", (int) Math.min(e.line(), Integer.MAX_VALUE), e.problem());
    }
  }

  /** Reads YAML text; {@code source} names it in error messages. */
  public static SpecNode read(String source, String yaml) {
    return read(source, new java.io.StringReader(yaml));
  }

  private static SpecNode read(String source, Reader reader) {
    try (JsonParser p = YAML.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SpecException(source, "", 0, "empty file: a scenario needs at least its "
            + "network and attacks (see scenarios/README.md)");
      }
      SpecNode root = node(source, "", p);
      if (p.nextToken() != null) {
        throw new SpecException(source, "", line(p.currentTokenLocation()),
            "more than one YAML document");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String msg = e.getOriginalMessage();
      int nl = msg.indexOf('\n');
      throw new SpecException(source, "", loc == null ? 0 : line(loc),
          "not valid YAML: " + (nl < 0 ? msg : msg.substring(0, nl)));
    }
  }

  private static SpecNode node(String source, String path, JsonParser p) {
    int line = line(p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
      throw new SpecException(source, path, line, "YAML anchors and aliases (&name, *name) "
          + "are not supported: write the value out");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, SpecNode> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          int nameLine = line(p.currentTokenLocation());
          String childPath = path.isEmpty() ? name : path + "." + name;
          if (fields.containsKey(name)) {
            throw new SpecException(source, childPath, nameLine, "field appears twice");
          }
          p.nextToken();
          fields.put(name, node(source, childPath, p));
        }
        return new SpecNode(source, path, line, SpecNode.Type.MAP, "", fields, List.of());
      }
      case START_ARRAY -> {
        List<SpecNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(source, path + "[" + items.size() + "]", p));
        }
        return new SpecNode(source, path, line, SpecNode.Type.LIST, "", Map.of(), List.copyOf(items));
      }
      case VALUE_NULL -> {
        return new SpecNode(source, path, line, SpecNode.Type.NULL, "", Map.of(), List.of());
      }
      default -> {
        return new SpecNode(source, path, line, SpecNode.Type.SCALAR, p.getString(), Map.of(),
            List.of());
      }
    }
  }

  private static int line(TokenStreamLocation loc) {
    return loc == null ? 0 : loc.getLineNr();
  }
}
