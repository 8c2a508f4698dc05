package org.newsgraph.extract;

/**
 * A word that refers back to an entity, from {@code data/lexicon/coreference-LANG.tsv}.
 *
 * @param form the word, without case endings (they are taken from the suffix list)
 * @param language the language it belongs to
 * @param strategy how its entity is found
 * @param classIri the class the entity must belong to
 * @param confidence how often the rule is right, from 0 to 1
 */
public record CoreferenceRule(
    String form, String language, Strategy strategy, String classIri, double confidence) {

  /** How a referring word finds its entity. */
  public enum Strategy {
    /** The entity of the class the article names most often (its main organisation). */
    MOST_MENTIONED,
    /** The nearest entity of the class named before the word. */
    LAST_MENTIONED
  }
}
