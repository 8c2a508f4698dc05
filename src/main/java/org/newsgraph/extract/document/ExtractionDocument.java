package org.newsgraph.extract.document;

import java.util.List;
import org.newsgraph.extract.Candidate;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.ValueNode;

/**
 * The extraction document: the public JSON form of an {@link org.newsgraph.extract.Extraction},
 * described by {@code extraction.schema.json} and {@code docs/EXTRACTION.md}.
 *
 * @param format the format's name and version, {@value #FORMAT}
 * @param article the article and its text
 * @param mentions entity mentions
 * @param facts facts with evidence
 * @param claims reported speech
 * @param nodes value nodes referred to by key
 * @param candidates names the lexicon does not know
 */
public record ExtractionDocument(
    String format,
    ArticleRecord article,
    List<Mention> mentions,
    List<Fact> facts,
    List<Claim> claims,
    List<ValueNode> nodes,
    List<Candidate> candidates) {
  public static final String FORMAT = "newsgraph-extraction/1";
}
