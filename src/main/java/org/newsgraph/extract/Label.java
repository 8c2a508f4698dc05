package org.newsgraph.extract;

/**
 * One written form of an entity, as the lexicon gives it.
 *
 * @param text the form, NFC
 * @param language its language tag ({@code en}, {@code mr}, {@code zh}, …)
 * @param kind preferred, alternative or match-only
 */
public record Label(String text, String language, Kind kind) {

  /** SKOS label kinds, strongest first. */
  public enum Kind {
    PREFERRED,
    ALTERNATIVE,
    HIDDEN
  }
}
