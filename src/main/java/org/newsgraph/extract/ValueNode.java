package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A node made for a value the article gives: an amount of money, a growth, a quantity, a challenge
 * named in a list. Its properties are ng: properties with their values.
 *
 * @param key unique within the extraction; part of the node's IRI
 * @param type IRI of its class
 * @param label its words in the article, in the article's language
 * @param properties its property values
 */
public record ValueNode(String key, String type, String label, List<Property> properties) {

  /** One property value of a value node. */
  public record Property(String predicate, Term value) {}

  public ValueNode {
    properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
  }
}
