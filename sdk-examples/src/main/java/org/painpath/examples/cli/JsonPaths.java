package org.painpath.examples.cli;

import com.networknt.schema.path.NodePath;

/**
 * JSON paths as painpath's problems write them: dotted members and bracketed indexes from the
 * document root, without the {@code $.} prefix ({@code regimen.items[0].dose}); the root itself is
 * {@code $}.
 */
final class JsonPaths {

  static final String ROOT = "$";

  private JsonPaths() {}

  /** A validator's location as a path: members dotted, indexes bracketed. */
  static String of(NodePath location) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer) {
        path.append('[').append(element).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(name(String.valueOf(element)));
      }
    }
    return path.length() == 0 ? ROOT : path.toString();
  }

  /** The path of a member of the object at {@code parent}. */
  static String member(String parent, String name) {
    return parent.equals(ROOT) ? name(name) : parent + "." + name(name);
  }

  /** A blank key cannot name a field on its own: it is shown quoted ({@code ""}), as the JSON reader shows it. */
  private static String name(String key) {
    return key.isBlank() ? "\"" + key + "\"" : key;
  }
}
