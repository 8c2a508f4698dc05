package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * The entities newsgraph can recognise, read from {@code data/lexicon/}: their RDF description
 * (published as the lexicon graph) and, per language, the case endings that may be written onto a
 * name.
 *
 * @param entries every entity, in IRI order
 * @param graph the lexicon's triples, IRIs resolved against the configured base
 * @param suffixes endings per language tag
 */
public record Lexicon(List<LexiconEntry> entries, Graph graph, Map<String, Set<String>> suffixes) {
  public Lexicon {
    entries = List.copyOf(entries);
    suffixes = Map.copyOf(suffixes);
  }

  /** The endings that may follow a name in text of {@code language}; empty when none are known. */
  public Set<String> suffixesFor(String language) {
    return suffixes.getOrDefault(language, Set.of());
  }
}
