package org.newsgraph.extract.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Candidate;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Term;
import org.newsgraph.extract.ValueNode;

/**
 * What the JSON Schema cannot say about an extraction document: anchors equal the text at their
 * offsets, offsets (antecedents included) lie inside the text, IRIs are absolute, value-node keys
 * are unique and every key used (in facts, claims and other nodes' properties) exists. Each problem
 * names the document, the JSON path and what was expected.
 */
final class DocumentChecks {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Set<String> MODALITIES = Set.of("States", "Believes", "Predicts", "Advises");

  private final String source;
  private final int[] text;
  private final Set<String> keys = new HashSet<>();

  private DocumentChecks(String source, int[] text) {
    this.source = source;
    this.text = text;
  }

  static void check(Extraction extraction, String source) {
    new DocumentChecks(source, extraction.article().text().codePoints().toArray()).run(extraction);
  }

  private void run(Extraction extraction) {
    List<ValueNode> nodes = extraction.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      String key = nodes.get(i).key();
      require(
          KEY.matcher(key).matches(),
          "$.nodes[" + i + "].key",
          "'" + key + "': expected letters, digits, - and _");
      require(
          keys.add(key),
          "$.nodes[" + i + "].key",
          "'" + key + "' is used twice: expected unique keys");
      iri(nodes.get(i).type(), "$.nodes[" + i + "].type");
    }
    for (int i = 0; i < nodes.size(); i++) {
      List<ValueNode.Property> properties = nodes.get(i).properties();
      for (int j = 0; j < properties.size(); j++) {
        String at = "$.nodes[" + i + "].properties[" + j + "]";
        iri(properties.get(j).predicate(), at + ".predicate");
        term(properties.get(j).value(), at + ".value");
      }
    }
    List<Mention> mentions = extraction.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      mention(mentions.get(i), "$.mentions[" + i + "]");
    }
    List<Candidate> candidates = extraction.candidates();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String at = "$.candidates[" + i + "]";
      inText(c.begin(), c.end(), at);
      String actual = new String(text, c.begin(), c.end() - c.begin());
      require(
          actual.equals(c.name()),
          at + ".name",
          "'"
              + c.name()
              + "' differs from the text at ["
              + c.begin()
              + ","
              + c.end()
              + "), '"
              + actual
              + "'");
      c.type().ifPresent(t -> iri(t, at + ".type"));
    }
    List<Fact> facts = extraction.facts();
    for (int i = 0; i < facts.size(); i++) {
      String at = "$.facts[" + i + "]";
      iri(facts.get(i).subject(), at + ".subject");
      iri(facts.get(i).predicate(), at + ".predicate");
      term(facts.get(i).object(), at + ".object");
      evidence(facts.get(i).evidence(), at + ".evidence");
    }
    List<Claim> claims = extraction.claims();
    for (int i = 0; i < claims.size(); i++) {
      String at = "$.claims[" + i + "]";
      Claim claim = claims.get(i);
      iri(claim.speaker(), at + ".speaker");
      require(
          MODALITIES.contains(claim.modality()),
          at + ".modality",
          "'" + claim.modality() + "': expected one of " + MODALITIES);
      claim.about().forEach(e -> iri(e, at + ".about"));
      claim
          .quantities()
          .forEach(
              k ->
                  require(
                      keys.contains(k), at + ".quantities", "'" + k + "': no node has this key"));
      evidence(claim.evidence(), at + ".evidence");
    }
  }

  private void mention(Mention m, String at) {
    iri(m.entity(), at + ".entity");
    m.alternatives().forEach(a -> iri(a, at + ".alternatives"));
    m.antecedent().ifPresent(a -> inText(a.begin(), a.end(), at + ".antecedent"));
    inText(m.begin(), m.end(), at);
    String actual = new String(text, m.begin(), m.end() - m.begin());
    require(
        actual.equals(m.anchor()),
        at + ".anchor",
        "'"
            + m.anchor()
            + "' differs from the text at ["
            + m.begin()
            + ","
            + m.end()
            + "), '"
            + actual
            + "'");
  }

  private void evidence(Evidence e, String at) {
    inText(e.begin(), e.end(), at);
    inText(e.sentenceBegin(), e.sentenceEnd(), at + " (sentence)");
  }

  private void term(Term t, String at) {
    t.iri().ifPresent(iri -> iri(iri, at + ".iri"));
    t.node()
        .ifPresent(
            k -> require(keys.contains(k), at + ".node", "'" + k + "': no node has this key"));
  }

  private void inText(int begin, int end, String at) {
    require(
        0 <= begin && begin < end && end <= text.length,
        at,
        "offsets ["
            + begin
            + ","
            + end
            + ") must lie inside the text of "
            + text.length
            + " code points");
  }

  private void iri(String iri, String at) {
    boolean absolute;
    try {
      absolute = iri != null && new URI(iri).isAbsolute();
    } catch (URISyntaxException e) {
      absolute = false;
    }
    require(absolute, at, "'" + iri + "': expected an absolute IRI");
  }

  private void require(boolean ok, String at, String problem) {
    if (!ok) {
      throw new DocumentException(source + ": " + at + ": " + problem);
    }
  }
}
