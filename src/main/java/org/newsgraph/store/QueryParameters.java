package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Query parameters given as {@code name=value}: {@code <…>} is an IRI, anything else a plain
 * string. Values are bound into the parsed query as RDF terms, never pasted into its text, so
 * quotes, {@code >} and {@code }} in a value cannot change what the query means.
 */
public final class QueryParameters {
  private QueryParameters() {}

  public static Map<Var, Node> parse(List<String> assignments) {
    Map<Var, Node> values = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new StoreException("parameter '" + assignment + "': expected name=value");
      }
      String name = assignment.substring(0, eq).strip();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new StoreException("parameter name '" + name + "': expected a SPARQL variable name");
      }
      values.put(Var.alloc(name), term(assignment.substring(eq + 1)));
    }
    return values;
  }

  private static Node term(String value) {
    if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
      String iri = value.substring(1, value.length() - 1);
      try {
        IRIs.checkEx(iri);
      } catch (RuntimeException e) {
        throw new StoreException(
            "parameter value '" + value + "': expected a valid IRI: " + e.getMessage(), e);
      }
      return NodeFactory.createURI(iri);
    }
    return NodeFactory.createLiteralString(value);
  }

  /** {@code query} with each parameter's variable replaced by its value. */
  public static Query bind(Query query, Map<Var, Node> values) {
    return values.isEmpty() ? query : QueryTransformOps.syntaxSubstitute(query, values);
  }
}
