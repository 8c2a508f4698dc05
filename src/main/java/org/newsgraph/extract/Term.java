package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * The object of a fact or a property of a value node: an entity IRI, a literal, or a value node of
 * the same extraction, named by its key.
 *
 * @param iri an IRI, or empty
 * @param value a literal's lexical form, or empty
 * @param datatype the literal's datatype IRI (xsd:string when absent and not language-tagged)
 * @param language the literal's language tag, or empty
 * @param node the key of a value node, or empty
 */
public record Term(
    Optional<String> iri,
    Optional<String> value,
    Optional<String> datatype,
    Optional<String> language,
    Optional<String> node) {

  public Term {
    iri = Objects.requireNonNullElse(iri, Optional.empty());
    value = Objects.requireNonNullElse(value, Optional.empty());
    datatype = Objects.requireNonNullElse(datatype, Optional.empty());
    language = Objects.requireNonNullElse(language, Optional.empty());
    node = Objects.requireNonNullElse(node, Optional.empty());
    int kinds =
        (iri.isPresent() ? 1 : 0) + (value.isPresent() ? 1 : 0) + (node.isPresent() ? 1 : 0);
    if (kinds != 1) {
      throw new ExtractException("a term is exactly one of iri, value or node; got " + kinds);
    }
  }

  public static Term iri(String iri) {
    return new Term(
        Optional.of(iri), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Term literal(String value, String datatype) {
    return new Term(
        Optional.empty(),
        Optional.of(value),
        Optional.of(datatype),
        Optional.empty(),
        Optional.empty());
  }

  public static Term text(String value, String language) {
    return new Term(
        Optional.empty(),
        Optional.of(value),
        Optional.empty(),
        Optional.of(language),
        Optional.empty());
  }

  public static Term node(String key) {
    return new Term(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(key));
  }
}
