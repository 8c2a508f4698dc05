package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the article states about the world: a subject entity, an ng: property, an object, and
 * the evidence. It becomes a direct triple plus a statement node that carries the evidence.
 *
 * @param subject IRI of the subject entity
 * @param predicate IRI of the property
 * @param object the object
 * @param evidence where the text says it
 * @param dateText the words a date in the fact was read from, when there is one
 */
public record Fact(
    String subject, String predicate, Term object, Evidence evidence, Optional<String> dateText) {
  public Fact {
    dateText = Objects.requireNonNullElse(dateText, Optional.empty());
  }
}
