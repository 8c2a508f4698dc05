package org.newsgraph.shapes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.vocab.NG;

/**
 * The SHACL gate every graph passes before it reaches the store. It validates data together with
 * the ontology, so that {@code sh:targetClass} reaches instances of subclasses.
 *
 * <p>The ontology and shapes are read from the classpath ({@code ontology/newsgraph.ttl} and {@code
 * ontology/shapes.ttl}, copied there by the build from the project's {@code ontology/}).
 */
public final class ShapesGate {
  public static final String ONTOLOGY_RESOURCE = "ontology/newsgraph.ttl";
  public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

  private final Graph ontology;
  private final Shapes shapes;
  private final PrefixMapping names = names();

  private ShapesGate(Graph ontology, Graph shapesGraph) {
    this.ontology = ontology;
    this.shapes = Shapes.parse(shapesGraph);
  }

  /** The gate with the shapes and ontology shipped in the jar. */
  public static ShapesGate standard() {
    return new ShapesGate(resource(ONTOLOGY_RESOURCE), resource(SHAPES_RESOURCE));
  }

  /** A gate with other shapes, for tests and tools; the ontology is still the shipped one. */
  public static ShapesGate withShapes(Graph shapesGraph) {
    return new ShapesGate(resource(ONTOLOGY_RESOURCE), shapesGraph);
  }

  /** The ontology graph this gate validates against. */
  public Graph ontology() {
    return ontology;
  }

  public ValidationResult validate(Graph data) {
    Graph combined = GraphFactory.createDefaultGraph();
    ontology.find().forEachRemaining(combined::add);
    data.find().forEachRemaining(combined::add);
    ValidationReport report = ShaclValidator.get().validate(shapes, combined);
    List<Violation> violations =
        report.getEntries().stream()
            .map(this::violation)
            .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::message))
            .toList();
    return new ValidationResult(report.conforms(), violations, report);
  }

  /** Validates {@code data} and throws with the readable report when it does not conform. */
  public void require(Graph data, String what) {
    ValidationResult result = validate(data);
    if (!result.conforms()) {
      throw new ShapesException(what + " does not conform to the shapes: " + result.describe());
    }
  }

  private Violation violation(ReportEntry entry) {
    Path path = entry.resultPath();
    return new Violation(
        entry.severity().level().getLocalName(),
        show(entry.focusNode()),
        path == null ? "" : path.toString(new Prologue(names)),
        entry.value() == null ? "" : show(entry.value()),
        show(entry.sourceConstraintComponent()),
        entry.message() == null ? "" : entry.message());
  }

  private static PrefixMapping names() {
    PrefixMapping mapping = PrefixMapping.Factory.create();
    Prefixes.standard().forEach(mapping::setNsPrefix);
    mapping.setNsPrefix("sh", SHACL.getURI());
    return mapping;
  }

  private String show(Node node) {
    if (node == null) {
      return "";
    }
    if (node.isURI()) {
      String abbreviated = names.shortForm(node.getURI());
      return abbreviated.equals(node.getURI()) ? "<" + node.getURI() + ">" : abbreviated;
    }
    return node.toString();
  }

  private static Graph resource(String name) {
    Graph graph = GraphFactory.createDefaultGraph();
    try (InputStream in = ShapesGate.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new ShapesException(
            name + ": not found on the classpath: the build copies ontology/ there");
      }
      RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY).parse(graph);
      return graph;
    } catch (IOException | RiotException e) {
      throw new ShapesException(name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
