package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Term;
import org.newsgraph.extract.ValueNode;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;

/**
 * Writes facts, claims and value nodes: each fact as a direct triple plus a statement node that
 * carries its evidence span, sentence, rule and confidence; each claim as a claim node only (a
 * claim is not asserted as a fact); each value node with its properties.
 */
final class StatementMapper {

  private final Spans spans;
  private final IriScheme iris;
  private final Article article;

  StatementMapper(Spans spans, IriScheme iris, Article article) {
    this.spans = spans;
    this.iris = iris;
    this.article = article;
  }

  void fact(Fact fact) {
    Node subject = NodeFactory.createURI(fact.subject());
    Node predicate = NodeFactory.createURI(fact.predicate());
    Node object = term(fact.object());
    spans.add(subject, predicate, object);
    Node statement =
        iris.articleItem(
            article.id(),
            "statement",
            hash(fact.subject(), fact.predicate(), object.toString(), where(fact.evidence())));
    spans.add(statement, RDF.type.asNode(), NG.Statement);
    spans.add(statement, NG.subject, subject);
    spans.add(statement, NG.predicate, predicate);
    spans.add(statement, object.isLiteral() ? NG.objectValue : NG.object, object);
    fact.dateText()
        .ifPresent(
            words ->
                spans.add(
                    statement,
                    NG.dateText,
                    NodeFactory.createLiteralLang(words, article.language())));
    provenance(statement, fact.evidence());
  }

  void claim(Claim claim) {
    Node node =
        iris.articleItem(
            article.id(),
            "claim",
            hash(claim.speaker(), claim.modality(), where(claim.evidence())));
    spans.add(node, RDF.type.asNode(), NG.Claim);
    spans.add(node, NG.speaker, NodeFactory.createURI(claim.speaker()));
    spans.add(node, NG.modality, NG.term(claim.modality()));
    claim.about().forEach(entity -> spans.add(node, NG.about, NodeFactory.createURI(entity)));
    claim.quantities().forEach(key -> spans.add(node, NG.quantity, valueNode(key)));
    spans.add(node, NG.reportedIn, iris.article(article.id()));
    provenance(node, claim.evidence());
  }

  void node(ValueNode value) {
    Node node = valueNode(value.key());
    spans.add(node, RDF.type.asNode(), NodeFactory.createURI(value.type()));
    spans.add(
        node,
        RDFS.label.asNode(),
        NodeFactory.createLiteralLang(value.label(), article.language()));
    for (ValueNode.Property property : value.properties()) {
      spans.add(node, NodeFactory.createURI(property.predicate()), term(property.value()));
    }
  }

  private void provenance(Node node, Evidence evidence) {
    spans.add(node, NG.evidence, spans.span(evidence.begin(), evidence.end(), NIF.String));
    spans.add(
        node,
        NG.sentence,
        spans.span(evidence.sentenceBegin(), evidence.sentenceEnd(), NIF.Sentence));
    spans.add(node, NG.rule, NodeFactory.createLiteralString(evidence.rule()));
    spans.add(node, NG.extractor, NodeFactory.createLiteralString(evidence.extractor()));
    spans.add(node, NG.confidence, NodeValue.makeDouble(evidence.confidence()).asNode());
    spans.add(node, PROV.wasDerivedFrom, iris.article(article.id()));
  }

  private Node term(Term term) {
    if (term.iri().isPresent()) {
      return NodeFactory.createURI(term.iri().get());
    }
    if (term.node().isPresent()) {
      return valueNode(term.node().get());
    }
    String value = term.value().orElseThrow();
    if (term.language().isPresent()) {
      return NodeFactory.createLiteralLang(value, term.language().get());
    }
    String datatype = term.datatype().orElse(XSDDatatype.XSDstring.getURI());
    if (datatype.equals(XSDDatatype.XSDdecimal.getURI())) {
      // The canonical form ("1.0" for 1) TDB2 stores, so converted output and the store agree.
      return NodeValue.makeDecimal(new BigDecimal(value)).asNode();
    }
    return NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(datatype));
  }

  private Node valueNode(String key) {
    return iris.articleItem(article.id(), "node", key);
  }

  private static String where(Evidence evidence) {
    return evidence.begin() + "," + evidence.end() + "," + evidence.rule();
  }

  /** The first 12 hex digits of the SHA-256 of the parts: the same input gives the same IRI. */
  static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
