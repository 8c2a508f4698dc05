package org.newsgraph.extract;

import java.util.List;

/**
 * An entity the lexicon knows: its IRI, its classes and every form it may be written in.
 *
 * @param iri absolute IRI of the entity
 * @param types IRIs of its classes
 * @param labels its written forms
 */
public record LexiconEntry(String iri, List<String> types, List<Label> labels) {
  public LexiconEntry {
    types = List.copyOf(types);
    labels = List.copyOf(labels);
  }
}
