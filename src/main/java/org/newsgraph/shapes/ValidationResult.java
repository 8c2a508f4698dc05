package org.newsgraph.shapes;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.shacl.ValidationReport;

/**
 * The outcome of validating a graph: whether it conforms, each violation in readable form, and the
 * W3C SHACL report itself.
 *
 * @param conforms true when nothing was reported at severity Violation
 * @param violations every result, ordered for stable output
 * @param report the raw SHACL validation report
 */
public record ValidationResult(
    boolean conforms, List<Violation> violations, ValidationReport report) {
  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /** A readable report: a summary line, then one line per result. */
  public String describe() {
    if (conforms) {
      return "Conforms: no violations.";
    }
    return violations.size()
        + " violation(s):\n"
        + violations.stream().map(v -> "  " + v.describe()).collect(Collectors.joining("\n"));
  }
}
