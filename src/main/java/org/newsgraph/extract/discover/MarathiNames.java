package org.newsgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.extract.Mention;

/**
 * Marathi names: a name written in Latin letters inside the Marathi text ({@code DeepSeek-V3}: a
 * model when it has a digit or a model word follows, else an organisation); up to three words
 * before a word that follows people's names ({@code लिआंग वेनफेंग यांनी}); and one or two words
 * before a type word ({@code डीपसीक कंपनीने}, {@code हांगझोऊ शहरात}), whose endings the type word
 * may carry. Words on the not-a-name list, titles and words already known end a name.
 */
final class MarathiNames implements NameFinder {
  private static final Pattern LATIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[A-Za-z0-9][A-Za-z0-9.\\-]*[A-Za-z0-9](?:\\s[A-Z][A-Za-z0-9.\\-]*[A-Za-z0-9])*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\-]+");
  private static final int MAX_PERSON_WORDS = 3;
  private static final int MAX_TYPED_WORDS = 2;
  private static final double PERSON_CUE = 0.75;
  private static final double TYPE_WORD = 0.6;
  private static final double LATIN_NAME = 0.6;

  private final NameWords words;

  MarathiNames(NameWords words) {
    this.words = words;
  }

  /** A word of the text, char indices. */
  private record Word(String text, int begin, int end) {}

  @Override
  public List<Found> find(Article article, List<Mention> known) {
    String text = article.text();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Word> all = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      all.add(new Word(w.group(), w.start(), w.end()));
    }
    List<Found> found = new ArrayList<>();
    latin(text, all, offsets, found);
    for (int i = 0; i < all.size(); i++) {
      Word word = all.get(i);
      if (words.personCues().contains(word.text())) {
        before(text, all, i, MAX_PERSON_WORDS, known, offsets)
            .ifPresent(
                span ->
                    found.add(
                        new Found(
                            span[0],
                            span[1],
                            EntityKind.PERSON,
                            "before-person-word",
                            PERSON_CUE)));
      }
      Optional<EntityKind> kind = typeWord(word.text());
      if (kind.isPresent() && i > 0 && recurs(text, all.get(i - 1).text())) {
        before(text, all, i, MAX_TYPED_WORDS, known, offsets)
            .ifPresent(
                span ->
                    found.add(
                        new Found(span[0], span[1], kind.get(), "before-type-word", TYPE_WORD)));
      }
    }
    return found;
  }

  /**
   * A word before a type word is taken as a name only when the article writes it again: a name is
   * repeated, most adjectives before {@code कंपनी} are not.
   */
  private static boolean recurs(String text, String word) {
    int first = text.indexOf(word);
    return first >= 0 && text.indexOf(word, first + word.length()) >= 0;
  }

  /** The kind a type word, with or without an ending on it, says. */
  private Optional<EntityKind> typeWord(String word) {
    for (var entry : words.kindWords().entrySet()) {
      if (word.startsWith(entry.getKey())) {
        return EntityKind.named(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private void latin(String text, List<Word> all, CodePointOffsets offsets, List<Found> found) {
    Matcher m = LATIN.matcher(text);
    while (m.find()) {
      String name = m.group();
      if (words.notNames().contains(name)
          || name.chars().noneMatch(Character::isLetter)
          || (!name.contains(" ") && name.chars().allMatch(Character::isLowerCase))) {
        continue;
      }
      String after = text.substring(m.end()).stripLeading();
      boolean modelWord =
          typeWord(after.split("\\s", 2)[0]).filter(k -> k == EntityKind.MODEL).isPresent();
      EntityKind kind =
          modelWord || name.chars().anyMatch(Character::isDigit)
              ? EntityKind.MODEL
              : EntityKind.ORGANIZATION;
      found.add(
          new Found(
              offsets.toCodePoint(m.start()),
              offsets.toCodePoint(m.end()),
              kind,
              "latin-name",
              LATIN_NAME));
    }
  }

  /** Up to {@code max} name words right before word {@code i}, as code point [begin, end). */
  private Optional<int[]> before(
      String text, List<Word> all, int i, int max, List<Mention> known, CodePointOffsets offsets) {
    int first = i;
    for (int j = i - 1; j >= 0 && i - j <= max; j--) {
      Word w = all.get(j);
      String gap = text.substring(w.end(), all.get(j + 1).begin());
      if (!gap.equals(" ") || !nameWord(w, known, offsets)) {
        break;
      }
      first = j;
    }
    if (first == i) {
      return Optional.empty();
    }
    return Optional.of(
        new int[] {
          offsets.toCodePoint(all.get(first).begin()), offsets.toCodePoint(all.get(i - 1).end())
        });
  }

  private boolean nameWord(Word w, List<Mention> known, CodePointOffsets offsets) {
    int begin = offsets.toCodePoint(w.begin());
    int end = offsets.toCodePoint(w.end());
    if (known.stream().anyMatch(m -> m.begin() < end && begin < m.end())) {
      return false;
    }
    return !words.notNames().contains(w.text())
        && typeWord(w.text()).isEmpty()
        && !words.kindWordsBefore().containsKey(w.text())
        && !words.boundaries().contains(w.text())
        && words.boundaries().stream().noneMatch(b -> w.text().endsWith(b));
  }
}
