package org.newsgraph.extract.discover;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words one language gives the name finders, read from {@code data/discovery/LANG.json}: what
 * makes a run of words a person, an organisation, a model, a place or a work, and what is never a
 * name. No word of any language is written in Java.
 *
 * @param language the language tag the file is for
 * @param kindWords words right after a name that say its kind ({@code model}, {@code 公司}, {@code
 *     कंपनी}), word to kind name ({@code Person}, {@code Organization}, {@code AIModel}, {@code
 *     Place}, {@code Work})
 * @param kindWordsBefore words right before a name that say its kind ({@code CEO}, {@code 创始人},
 *     {@code book})
 * @param organisationEndings last words of organisation names ({@code AI}, {@code Inc}, {@code
 *     Group}, {@code 科技}, {@code 智能})
 * @param placeCues words right before a place name ({@code based in}) or glued after it ({@code
 *     -based})
 * @param personCues words right after a person's name ({@code यांनी}, {@code said})
 * @param givenNames given names that start a person's name
 * @param surnames family names
 * @param notNames capitalised words that are never a name or part of one ({@code The}, {@code
 *     Monday}, {@code Chinese})
 * @param connectors lower-case words allowed inside a name ({@code of} in {@code Bank of China})
 * @param boundaries words a name never runs across ({@code 由}, {@code 与}, {@code 的})
 */
public record NameWords(
    String language,
    Map<String, String> kindWords,
    Map<String, String> kindWordsBefore,
    List<String> organisationEndings,
    List<String> placeCues,
    List<String> personCues,
    List<String> givenNames,
    List<String> surnames,
    List<String> notNames,
    List<String> connectors,
    List<String> boundaries) {
  public NameWords {
    kindWords = Map.copyOf(Objects.requireNonNullElse(kindWords, Map.of()));
    kindWordsBefore = Map.copyOf(Objects.requireNonNullElse(kindWordsBefore, Map.of()));
    organisationEndings = orEmpty(organisationEndings);
    placeCues = orEmpty(placeCues);
    personCues = orEmpty(personCues);
    givenNames = orEmpty(givenNames);
    surnames = orEmpty(surnames);
    notNames = orEmpty(notNames);
    connectors = orEmpty(connectors);
    boundaries = orEmpty(boundaries);
  }

  private static List<String> orEmpty(List<String> list) {
    return List.copyOf(Objects.requireNonNullElse(list, List.of()));
  }
}
