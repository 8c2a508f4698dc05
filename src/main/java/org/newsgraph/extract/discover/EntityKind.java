package org.newsgraph.extract.discover;

import java.util.Arrays;
import java.util.Optional;
import org.newsgraph.vocab.NG;

/** The kinds of entity that discovery types a name as, with their ng: class and IRI segment. */
public enum EntityKind {
  PERSON("Person", "person"),
  ORGANIZATION("Organization", "org"),
  MODEL("AIModel", "model"),
  PLACE("Place", "place"),
  WORK("Work", "work");

  private final String className;
  private final String segment;

  EntityKind(String className, String segment) {
    this.className = className;
    this.segment = segment;
  }

  /** The ng: class IRI. */
  public String classIri() {
    return NG.NS + className;
  }

  /** The IRI path segment: {@code id/candidate/<segment>/<slug>}. */
  public String segment() {
    return segment;
  }

  /** The kind whose class local name is {@code name} ({@code Person}, {@code AIModel}, …). */
  public static Optional<EntityKind> named(String name) {
    return Arrays.stream(values()).filter(k -> k.className.equals(name)).findFirst();
  }
}
