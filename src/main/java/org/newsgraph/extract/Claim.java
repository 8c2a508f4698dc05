package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * What a person is reported to say, believe, predict or advise. A claim is not asserted as a fact
 * about the world; it carries its speaker, its modality, the entities it is about and its span.
 *
 * @param speaker IRI of the person
 * @param modality {@code States}, {@code Believes}, {@code Predicts} or {@code Advises} (ng: names)
 * @param about IRIs of the entities mentioned in the claim
 * @param evidence the span of the reported words
 * @param quantities keys of the value nodes for numbers the claim gives
 */
public record Claim(
    String speaker,
    String modality,
    List<String> about,
    Evidence evidence,
    List<String> quantities) {
  public Claim {
    about = List.copyOf(Objects.requireNonNullElse(about, List.of()));
    quantities = List.copyOf(Objects.requireNonNullElse(quantities, List.of()));
  }
}
