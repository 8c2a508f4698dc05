package org.newsgraph.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.vocab.NG;

/** The ontology is documented, consistent with the seed graph, and declares every term used. */
class OntologyTest {
  private static Graph ontology;
  private static Model model;

  @BeforeAll
  static void load() {
    ontology = ShapesGate.standard().ontology();
    model = ModelFactory.createModelForGraph(ontology);
  }

  private static List<Resource> ngTerms() {
    List<Resource> terms = new ArrayList<>();
    for (Resource type :
        List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
      model
          .listSubjectsWithProperty(RDF.type, type)
          .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS))
          .forEach(terms::add);
    }
    return terms;
  }

  @Test
  void everyClassAndPropertyHasAnEnglishLabelAndComment() {
    List<Resource> terms = ngTerms();
    assertThat(terms).hasSizeGreaterThan(30);
    for (Resource term : terms) {
      assertThat(
              term.listProperties(RDFS.label)
                  .filterKeep(s -> "en".equals(s.getLanguage()))
                  .hasNext())
          .as("English rdfs:label on %s", term)
          .isTrue();
      assertThat(
              term.listProperties(RDFS.comment)
                  .filterKeep(s -> "en".equals(s.getLanguage()))
                  .hasNext())
          .as("English rdfs:comment on %s", term)
          .isTrue();
    }
  }

  @Test
  void hasAnOntologyIriAndAVersionIri() {
    Resource header = model.getResource(NG.ONTOLOGY);
    assertThat(header.hasProperty(RDF.type, OWL.Ontology)).isTrue();
    assertThat(header.getPropertyResourceValue(OWL.versionIRI)).isNotNull();
  }

  @Test
  void declaresEveryTermTheCodeUses() throws IllegalAccessException {
    for (Field field : NG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
        Node term = (Node) field.get(null);
        assertThat(ontology.contains(term, RDF.type.asNode(), Node.ANY))
            .as("ontology declares %s", term)
            .isTrue();
      }
    }
  }

  @Test
  void theOntologyWithTheSeedGraphIsConsistentUnderOwlReasoning() {
    Pipeline pipeline = Pipeline.create(TestFiles.config());
    ConvertedArticle seed = pipeline.convertValidated(TestFiles.seedArticle());
    Model data = ModelFactory.createModelForGraph(RdfOutput.union(seed.toDataset()));
    InfModel inferred =
        ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner().bindSchema(model), data);
    ValidityReport validity = inferred.validate();
    List<String> problems = new ArrayList<>();
    validity.getReports().forEachRemaining(r -> problems.add(r.toString()));
    assertThat(validity.isValid()).as(String.join("\n", problems)).isTrue();
    // The alignment works: a startup is a schema.org organisation once inferred.
    Resource startup = inferred.getResource("https://w3id.org/newsgraph/id/org/01-ai");
    assertThat(
            startup.hasProperty(RDF.type, inferred.getResource("https://schema.org/Organization")))
        .isTrue();
  }
}
