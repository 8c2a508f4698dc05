package org.newsgraph.extract.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of one language, from {@code data/rules/LANG.json}.
 *
 * @param language the language tag the rules read
 * @param modalityCues for claims: words that make the reported words a prediction or advice, by
 *     modality name ({@code Predicts}, {@code Advises}); the first modality whose word occurs wins
 *     over the rule's default
 * @param rules the rules, applied in order
 */
public record RuleSet(String language, Map<String, List<String>> modalityCues, List<Rule> rules) {
  public RuleSet {
    modalityCues = Map.copyOf(Objects.requireNonNullElse(modalityCues, Map.of()));
    rules = List.copyOf(Objects.requireNonNullElse(rules, List.of()));
  }
}
