package org.newsgraph.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestFiles;

/**
 * Runs the SHACL test manifest ({@code src/test/resources/shapes/manifest.ttl}, W3C SHACL test
 * suite style): each case's data graph, with the ontology, is validated against the project's
 * shapes, and the report must hold exactly the expected results.
 */
class ShapesManifestTest {
  private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
  private static final String SHT = "http://www.w3.org/ns/shacl-test#";
  private static final String NGT = "https://w3id.org/newsgraph/test#";
  private static final Path MANIFEST =
      TestFiles.project().resolve("src/test/resources/shapes/manifest.ttl");

  static Stream<Arguments> cases() {
    Model manifest = RDFDataMgr.loadModel(MANIFEST.toUri().toString());
    Resource root =
        manifest
            .listSubjectsWithProperty(RDF.type, manifest.createResource(MF + "Manifest"))
            .next();
    RDFList entries =
        root.getPropertyResourceValue(manifest.createProperty(MF + "entries")).as(RDFList.class);
    return entries.asJavaList().stream()
        .map(RDFNode::asResource)
        .map(e -> Arguments.of(e.getURI().replaceAll(".*#", ""), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportHoldsExactlyTheExpectedResults(String name, Resource entry) {
    Model m = entry.getModel();
    Resource action = entry.getPropertyResourceValue(m.createProperty(MF + "action"));
    Graph data = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(
        data, action.getPropertyResourceValue(m.createProperty(SHT + "dataGraph")).getURI());
    Resource ontology = action.getPropertyResourceValue(m.createProperty(NGT + "ontologyGraph"));
    if (ontology != null) {
      RDFDataMgr.read(data, ontology.getURI());
    }
    Shapes shapes =
        Shapes.parse(
            RDFDataMgr.loadGraph(
                action.getPropertyResourceValue(m.createProperty(SHT + "shapesGraph")).getURI()));
    ValidationReport report = ShaclValidator.get().validate(shapes, data);

    Resource expected = entry.getPropertyResourceValue(m.createProperty(MF + "result"));
    boolean conforms = expected.getProperty(m.createProperty(SHACL.NS + "conforms")).getBoolean();
    assertThat(report.conforms()).as("sh:conforms").isEqualTo(conforms);

    List<Resource> actual = results(report.getModel());
    List<Resource> wanted = results(m, expected);
    assertThat(actual).as("number of results").hasSameSizeAs(wanted);
    for (Resource want : wanted) {
      assertThat(actual.stream().anyMatch(a -> matches(want, a)))
          .as("a result like %s in %s", describe(want), report.getEntries())
          .isTrue();
    }
  }

  private static List<Resource> results(Model report) {
    List<Resource> out = new ArrayList<>();
    report
        .listResourcesWithProperty(RDF.type, report.createResource(SHACL.NS + "ValidationResult"))
        .forEach(out::add);
    return out;
  }

  private static List<Resource> results(Model m, Resource expected) {
    List<Resource> out = new ArrayList<>();
    expected
        .listProperties(m.createProperty(SHACL.NS + "result"))
        .forEach(s -> out.add(s.getResource()));
    return out;
  }

  /** Every property the expected result states (but its type) holds on the actual one. */
  private static boolean matches(Resource want, Resource actual) {
    for (Statement s : want.listProperties().toList()) {
      if (s.getPredicate().equals(RDF.type)) {
        continue;
      }
      RDFNode value = s.getObject();
      boolean found =
          actual
              .listProperties(actual.getModel().createProperty(s.getPredicate().getURI()))
              .toList()
              .stream()
              .anyMatch(a -> a.getObject().asNode().sameValueAs(value.asNode()));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Resource result) {
    StringBuilder text = new StringBuilder("[");
    result
        .listProperties()
        .forEach(
            s ->
                text.append(s.getPredicate().getLocalName())
                    .append("=")
                    .append(s.getObject())
                    .append(" "));
    return text.append("]").toString();
  }

  @Test
  void everyConstraintHasAFailingCase() {
    Model manifest = RDFDataMgr.loadModel(MANIFEST.toUri().toString());
    Model shapes =
        RDFDataMgr.loadModel(TestFiles.project().resolve("ontology/shapes.ttl").toUri().toString());
    Set<String> exercised = new TreeSet<>();
    manifest
        .listObjectsOfProperty(manifest.createProperty(SHACL.NS + "sourceShape"))
        .forEach(o -> exercised.add(o.toString()));
    Set<String> constraining = new TreeSet<>();
    for (String kind : List.of("NodeShape", "PropertyShape")) {
      shapes
          .listSubjectsWithProperty(RDF.type, shapes.createResource(SHACL.NS + kind))
          .filterKeep(shape -> shape.isURIResource() && constrains(shape))
          .forEach(shape -> constraining.add(shape.getURI()));
    }
    assertThat(constraining).isNotEmpty();
    assertThat(exercised).containsAll(constraining);
  }

  /** True when the shape states a constraint of its own (not only targets and property links). */
  private static boolean constrains(Resource shape) {
    Set<String> parameters =
        Set.of(
            "minCount",
            "maxCount",
            "datatype",
            "class",
            "sparql",
            "pattern",
            "nodeKind",
            "qualifiedValueShape",
            "uniqueLang",
            "languageIn",
            "minInclusive",
            "maxInclusive",
            "minExclusive",
            "maxExclusive",
            "or",
            "in",
            "hasValue",
            "minLength",
            "maxLength",
            "node",
            "equals",
            "disjoint",
            "lessThan",
            "closed");
    return shape.listProperties().toList().stream()
        .anyMatch(
            s ->
                s.getPredicate().getNameSpace().equals(SHACL.NS)
                    && parameters.contains(s.getPredicate().getLocalName()));
  }
}
