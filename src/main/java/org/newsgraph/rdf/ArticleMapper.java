package org.newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.article.Article;
import org.newsgraph.article.PublicationDate;
import org.newsgraph.extract.Candidate;
import org.newsgraph.extract.CandidateFinder;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Mention;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SchemaOrg;

/**
 * Maps an {@link Extraction} to RDF: the article as {@code schema:NewsArticle} and {@code
 * nif:Context}; each mention as a {@code nif:Phrase} linked to its entity, with how it was linked;
 * a mention count per entity; then facts, claims and value nodes. No blank nodes: every node has an
 * IRI from the {@link IriScheme}.
 */
public final class ArticleMapper {
  private final IriScheme iris;

  public ArticleMapper(IriScheme iris) {
    this.iris = iris;
  }

  public ConvertedArticle map(Extraction extraction, Lexicon lexicon) {
    Article article = extraction.article();
    Graph graph = GraphFactory.createDefaultGraph();
    Spans spans = new Spans(graph, iris, article);
    describeArticle(spans, article);
    extraction.mentions().forEach(m -> describeMention(spans, m));
    countMentions(spans, article, extraction);
    Set<Mention.Span> mentioned =
        extraction.mentions().stream().map(Mention::span).collect(Collectors.toSet());
    extraction.candidates().forEach(c -> describeCandidate(spans, article, c, mentioned));
    StatementMapper statements = new StatementMapper(spans, iris, article);
    extraction.nodes().forEach(statements::node);
    extraction.facts().forEach(statements::fact);
    extraction.claims().forEach(statements::claim);
    return new ConvertedArticle(
        article.id(), iris.articleGraph(article.id()), graph, iris.lexiconGraph(), lexicon.graph());
  }

  private void describeArticle(Spans spans, Article article) {
    Node node = iris.article(article.id());
    Node context = spans.context();
    spans.add(node, RDF.type.asNode(), SchemaOrg.NewsArticle);
    spans.add(
        node,
        SchemaOrg.headline,
        NodeFactory.createLiteralLang(article.title(), article.language()));
    spans.add(node, SchemaOrg.inLanguage, NodeFactory.createLiteralString(article.language()));
    article.published().ifPresent(date -> spans.add(node, SchemaOrg.datePublished, date(date)));
    article
        .source()
        .ifPresent(
            s -> spans.add(node, DCTerms.source.asNode(), NodeFactory.createLiteralString(s)));
    article.url().ifPresent(u -> spans.add(node, SchemaOrg.url, NodeFactory.createURI(u)));
    spans.add(node, NG.context, context);
    spans.add(context, RDF.type.asNode(), NIF.Context);
    spans.add(context, NIF.isString, NodeFactory.createLiteralString(article.text()));
    spans.add(context, NIF.beginIndex, Spans.offset(0));
    spans.add(context, NIF.endIndex, Spans.offset(article.length()));
  }

  private void describeMention(Spans spans, Mention mention) {
    Node node = spans.span(mention.begin(), mention.end(), NIF.Phrase);
    spans.add(node, ITSRDF.taIdentRef, NodeFactory.createURI(mention.entity()));
    // The canonical form TDB2 gives back, so converted output and the store are isomorphic.
    spans.add(node, ITSRDF.taConfidence, NodeValue.makeDouble(mention.confidence()).asNode());
    spans.add(node, NG.extractor, NodeFactory.createLiteralString(mention.extractor()));
    spans.add(node, NG.linkingRule, NodeFactory.createLiteralString(mention.linking()));
    if (!mention.suffix().isEmpty()) {
      spans.add(node, NG.suffix, NodeFactory.createLiteralString(mention.suffix()));
    }
    mention
        .alternatives()
        .forEach(e -> spans.add(node, NG.alternativeEntity, NodeFactory.createURI(e)));
    mention
        .antecedent()
        .ifPresent(
            a -> spans.add(node, NG.antecedent, iris.span(spans.articleId(), a.begin(), a.end())));
  }

  /**
   * A name the lexicon lacks: a span linked to a candidate node, never to an outside identifier.
   * When a mention refers to the candidate at the same span, the mention carries how it was found,
   * and the span only gets its {@code ng:candidate} link.
   */
  private void describeCandidate(
      Spans spans, Article article, Candidate candidate, Set<Mention.Span> mentioned) {
    Node span = spans.span(candidate.begin(), candidate.end(), NIF.String);
    Node node =
        candidate
            .entity()
            .map(NodeFactory::createURI)
            .orElseGet(
                () ->
                    iris.candidate(
                        StatementMapper.hash(
                            article.language(), candidate.name().toLowerCase(Locale.ROOT))));
    spans.add(span, NG.candidate, node);
    if (!mentioned.contains(new Mention.Span(candidate.begin(), candidate.end()))) {
      spans.add(span, NG.extractor, NodeFactory.createLiteralString(CandidateFinder.NAME));
      spans.add(span, NG.linkingRule, NodeFactory.createLiteralString(candidate.reason()));
      spans.add(span, ITSRDF.taConfidence, NodeValue.makeDouble(candidate.confidence()).asNode());
    }
    spans.add(node, RDF.type.asNode(), NG.CandidateEntity);
    Node name = NodeFactory.createLiteralLang(candidate.name(), article.language());
    boolean named = spans.graph().contains(node, SKOS.prefLabel.asNode(), Node.ANY);
    if (!named || !spans.graph().contains(node, SKOS.prefLabel.asNode(), name)) {
      spans.add(node, named ? SKOS.altLabel.asNode() : SKOS.prefLabel.asNode(), name);
    }
    candidate.type().ifPresent(t -> spans.add(node, NG.candidateType, NodeFactory.createURI(t)));
  }

  /** {@code schema:mentions} per entity, and a count node with how often the article names it. */
  private void countMentions(Spans spans, Article article, Extraction extraction) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    extraction.mentions().forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
    Node articleNode = iris.article(article.id());
    counts.forEach(
        (entity, count) -> {
          Node entityNode = NodeFactory.createURI(entity);
          Node node = iris.articleItem(article.id(), "count", StatementMapper.hash(entity));
          spans.add(articleNode, SchemaOrg.mentions, entityNode);
          spans.add(node, RDF.type.asNode(), NG.MentionCount);
          spans.add(node, NG.ofEntity, entityNode);
          spans.add(node, NG.inArticle, articleNode);
          spans.add(node, NG.count, Spans.offset(count));
        });
  }

  private static Node date(PublicationDate date) {
    RDFDatatype type =
        switch (date.precision()) {
          case YEAR -> XSDDatatype.XSDgYear;
          case MONTH -> XSDDatatype.XSDgYearMonth;
          case DAY -> XSDDatatype.XSDdate;
        };
    return NodeFactory.createLiteralDT(date.lexical(), type);
  }
}
