package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.article.Article;

/**
 * What the extractors found in one article: the extraction document. It is the contract between
 * extraction and mapping; a curator or an outside extractor may write one as JSON (see {@code
 * docs/EXTRACTION.md}) and convert it the same way.
 *
 * @param article the article read
 * @param mentions entity mentions, ordered by offset
 * @param facts facts with their evidence
 * @param claims reported speech
 * @param nodes value nodes that facts and claims refer to by key
 * @param candidates names the lexicon does not know
 */
public record Extraction(
    Article article,
    List<Mention> mentions,
    List<Fact> facts,
    List<Claim> claims,
    List<ValueNode> nodes,
    List<Candidate> candidates) {
  public Extraction {
    candidates = List.copyOf(Objects.requireNonNullElse(candidates, List.of()));
    mentions = List.copyOf(mentions);
    facts = List.copyOf(facts);
    claims = List.copyOf(claims);
    nodes = List.copyOf(nodes);
  }

  /** An extraction with mentions only. */
  public static Extraction ofMentions(Article article, List<Mention> mentions) {
    return new Extraction(article, mentions, List.of(), List.of(), List.of(), List.of());
  }

  public Extraction withMentions(List<Mention> replaced) {
    return new Extraction(article, replaced, facts, claims, nodes, candidates);
  }

  public Extraction withCandidates(List<Candidate> found) {
    return new Extraction(article, mentions, facts, claims, nodes, found);
  }

  /** The class of every candidate entity a mention refers to, by IRI (a candidate's one type). */
  public Map<String, List<String>> candidateTypes() {
    Map<String, List<String>> types = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.entity().isPresent() && c.type().isPresent()) {
        types.putIfAbsent(c.entity().get(), List.of(c.type().get()));
      }
    }
    return types;
  }
}
