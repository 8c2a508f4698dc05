package org.newsgraph.extract.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One extraction rule from {@code data/rules/LANG.json}: a pattern over entity classes, case
 * endings, cue words and distance within a sentence, or over a list and the sentence that
 * introduces it. Every rule has an id, a description and the example it was written for.
 *
 * @param id unique id, recorded on every statement the rule makes
 * @param description what the rule reads, in a sentence
 * @param example the text it was written for
 * @param kind what it produces
 * @param cues cue words (any one); case endings from the suffix list may follow them
 * @param subject what the subject (or the claim's speaker) must be
 * @param object what the object must be (relation and list rules)
 * @param predicate local name of the ng: property a fact gets
 * @param requires words that must all occur in the sentence
 * @param excludes words none of which may occur in the sentence
 * @param notAfter words that cancel a cue when they stand right before it ("former" before
 *     "president"), with only spaces or a hyphen between
 * @param yieldsTo predicates that make this rule's fact redundant: when the article has a fact of
 *     one of them between the same two entities, in either direction, this rule's fact is dropped
 * @param window the farthest an argument may stand from the cue, in characters
 * @param confidence how often the rule is right, from 0 to 1
 * @param valueType for value rules, the ng: class of the value node ({@code Revenue}, {@code
 *     Growth})
 * @param itemType for list rules that make a node per item, its ng: class ({@code Challenge})
 * @param modality for claim rules, the default modality ({@code States}, {@code Believes}, …)
 * @param content for claim rules, whether the reported words follow or precede the cue
 */
public record Rule(
    String id,
    String description,
    String example,
    Kind kind,
    List<String> cues,
    Argument subject,
    Argument object,
    String predicate,
    List<String> requires,
    List<String> excludes,
    List<String> notAfter,
    List<String> yieldsTo,
    Integer window,
    Double confidence,
    String valueType,
    String itemType,
    String modality,
    Content content) {

  /** What a rule produces. */
  public enum Kind {
    @JsonProperty("relation")
    RELATION,
    @JsonProperty("list")
    LIST,
    @JsonProperty("value")
    VALUE,
    @JsonProperty("date")
    DATE,
    @JsonProperty("claim")
    CLAIM
  }

  /** Where a claim's reported words stand relative to its cue. */
  public enum Content {
    @JsonProperty("after")
    AFTER,
    @JsonProperty("before")
    BEFORE,
    /** Only the items of the list the cue's sentence introduces, one claim each. */
    @JsonProperty("items")
    ITEMS
  }

  /** Where an argument stands relative to the cue. */
  public enum Position {
    @JsonProperty("before")
    BEFORE,
    @JsonProperty("after")
    AFTER,
    @JsonProperty("any")
    ANY
  }

  /**
   * A constraint on a rule's subject or object.
   *
   * @param type local name of the ng: class the entity must belong to
   * @param position where it must stand relative to the cue
   * @param suffixes case endings, one of which must be written onto it (none: any or none)
   * @param all for objects: every matching mention in the sentence, not only the nearest
   * @param barriers words that may not occur between the argument and the cue ({@code ऐवजी},
   *     "instead of"), also glued onto another word as a postposition
   * @param window the farthest this argument may stand from the cue, in characters; none: the
   *     rule's window
   */
  public record Argument(
      String type,
      Position position,
      List<String> suffixes,
      Boolean all,
      List<String> barriers,
      Integer window) {
    public Argument {
      position = Objects.requireNonNullElse(position, Position.ANY);
      suffixes = List.copyOf(Objects.requireNonNullElse(suffixes, List.of()));
      all = Objects.requireNonNullElse(all, false);
      barriers = List.copyOf(Objects.requireNonNullElse(barriers, List.of()));
    }
  }

  /** The window used when a rule gives none. */
  public static final int DEFAULT_WINDOW = 60;

  public Rule {
    cues = List.copyOf(Objects.requireNonNullElse(cues, List.of()));
    requires = List.copyOf(Objects.requireNonNullElse(requires, List.of()));
    excludes = List.copyOf(Objects.requireNonNullElse(excludes, List.of()));
    notAfter = List.copyOf(Objects.requireNonNullElse(notAfter, List.of()));
    yieldsTo = List.copyOf(Objects.requireNonNullElse(yieldsTo, List.of()));
    window = Objects.requireNonNullElse(window, DEFAULT_WINDOW);
    confidence = Objects.requireNonNullElse(confidence, 0.8);
    content = Objects.requireNonNullElse(content, Content.AFTER);
  }
}
