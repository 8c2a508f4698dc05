package org.newsgraph.shapes;

/**
 * One result of a SHACL validation, in the terms a reader needs.
 *
 * @param severity Violation, Warning or Info
 * @param focusNode the node that does not conform, prefixed where a prefix is known
 * @param path the property path, or empty for node-level constraints
 * @param value the offending value, or empty
 * @param constraint the constraint component, prefixed (for example {@code
 *     sh:QualifiedMinCountConstraintComponent})
 * @param message the shape's message
 */
public record Violation(
    String severity,
    String focusNode,
    String path,
    String value,
    String constraint,
    String message) {

  /** One line for people: severity, node, path, value, message and constraint. */
  public String describe() {
    StringBuilder line = new StringBuilder(severity).append(": ").append(focusNode);
    if (!path.isEmpty()) {
      line.append(" ").append(path);
    }
    if (!value.isEmpty()) {
      line.append(" = ").append(value);
    }
    return line.append(": ").append(message).append(" [").append(constraint).append("]").toString();
  }
}
