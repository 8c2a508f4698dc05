package org.newsgraph.extract.discover;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.extract.HanVariants;
import org.newsgraph.extract.Label;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.Mention;

/**
 * Chinese names, from HanLP's segmenter with its person, place and organisation recognisers, and
 * from our patterns over its words: the words right before a title ({@code 月之暗面创始人}) or before an
 * organisation ending ({@code 百川智能}) are an organisation, the word after a title is a person, a
 * Latin word is a model when a model word follows it or it has a digit, else an organisation, and a
 * title in {@code 《》} is a work. Traditional text is read through {@link HanVariants}, char for
 * char, so offsets stay those of the article. The lexicon's Chinese names are given to HanLP as its
 * custom dictionary, so that it does not split them.
 */
final class ChineseNames implements NameFinder {
  private static final int MAX_NAME_CHARS = 8;
  private static final double TAGGED = 0.7;
  private static final double PATTERN = 0.75;

  private final NameWords words;
  private final Segment segment;

  ChineseNames(NameWords words, Lexicon lexicon) {
    this.words = words;
    for (LexiconEntry entry : lexicon.entries()) {
      for (Label label : entry.labels()) {
        if (label.language().equals("zh")) {
          CustomDictionary.insert(HanVariants.simplified(label.text()), "nz 1000");
        }
      }
    }
    this.segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);
  }

  @Override
  public List<Found> find(Article article, List<Mention> known) {
    String text = HanVariants.simplified(article.text());
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Term> terms;
    synchronized (segment) {
      terms = segment.seg(text);
    }
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      tagged(terms, i)
          .ifPresent(
              k -> add(found, offsets, term.offset, end(term), k, "tagger:" + term.nature, TAGGED));
      latin(terms, i, text, offsets, found);
      String kind = words.kindWordsBefore().get(term.word);
      if (kind != null) {
        beforeTitle(terms, i, offsets, found);
        afterTitle(terms, i, kind, offsets, found);
      }
      if (words.organisationEndings().contains(term.word)) {
        withEnding(terms, i, offsets, found);
      }
    }
    works(text, offsets, found);
    return found;
  }

  private static int end(Term term) {
    return term.offset + term.word.length();
  }

  /**
   * HanLP's tag, checked: a person's name must start with a surname from the list (HanLP also tags
   * {@code 万字} or {@code 刚满} as names), and a place needs a place cue before it or a place ending;
   * transliterated foreign names ({@code nrf}) are left to the other patterns.
   */
  private Optional<EntityKind> tagged(List<Term> terms, int i) {
    Term term = terms.get(i);
    String nature = term.nature.toString();
    if (term.word.length() < 2 || words.notNames().contains(term.word)) {
      return Optional.empty();
    }
    if (nature.equals("nr") && words.surnames().stream().anyMatch(term.word::startsWith)) {
      return Optional.of(EntityKind.PERSON);
    }
    if (nature.startsWith("ns") && placeContext(terms, i)) {
      return Optional.of(EntityKind.PLACE);
    }
    if (nature.startsWith("nt")) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    return Optional.empty();
  }

  private boolean placeContext(List<Term> terms, int i) {
    String before = i > 0 ? terms.get(i - 1).word : "";
    String after = i + 1 < terms.size() ? terms.get(i + 1).word : "";
    return words.placeCues().contains(before)
        || "Place".equals(words.kindWords().get(after))
        || words.placeCues().stream().anyMatch(c -> c.length() > 1 && before.endsWith(c));
  }

  /** A Latin word ({@code Kimi}, {@code GLM-4}), joined with the digits and hyphens glued to it. */
  private void latin(
      List<Term> terms, int i, String text, CodePointOffsets offsets, List<Found> found) {
    Term term = terms.get(i);
    if (!isLatin(term.word)
        || (i > 0 && glued(terms.get(i - 1), term) && isLatinOrDigit(terms.get(i - 1).word))) {
      return;
    }
    int j = i + 1;
    while (j < terms.size()
        && glued(terms.get(j - 1), terms.get(j))
        && isLatinOrDigit(terms.get(j).word)) {
      j++;
    }
    int begin = term.offset;
    int end = end(terms.get(j - 1));
    while (end > begin && text.charAt(end - 1) == '-') {
      end--;
    }
    String name = text.substring(begin, end);
    if (name.length() < 2
        || words.notNames().contains(name)
        || words.kindWordsBefore().containsKey(name)) {
      return;
    }
    String next = j < terms.size() ? terms.get(j).word : "";
    String kindWord = words.kindWords().get(next);
    EntityKind kind;
    if (kindWord != null) {
      kind = EntityKind.named(kindWord).orElse(EntityKind.ORGANIZATION);
    } else if (words.kindWordsBefore().containsKey(next)
        || words.organisationEndings().contains(next)) {
      kind = EntityKind.ORGANIZATION;
    } else if (name.chars().anyMatch(Character::isDigit)) {
      kind = EntityKind.MODEL;
    } else {
      kind = EntityKind.ORGANIZATION;
    }
    add(found, offsets, begin, end, kind, "latin-name", kindWord != null ? PATTERN : TAGGED);
  }

  private static boolean glued(Term a, Term b) {
    return end(a) == b.offset;
  }

  private static boolean isLatin(String word) {
    return !word.isEmpty()
        && word.chars()
            .allMatch(
                c ->
                    c < 0x250
                        && (Character.isLetter(c) || c == '-' || Character.isDigit(c) || c == '.'))
        && word.chars().anyMatch(Character::isLetter);
  }

  private static boolean isLatinOrDigit(String word) {
    return !word.isEmpty()
        && word.chars()
            .allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'));
  }

  /** The words right before a title, back to a boundary: an organisation. */
  private void beforeTitle(List<Term> terms, int i, CodePointOffsets offsets, List<Found> found) {
    int begin = nameStart(terms, i);
    if (begin >= 0) {
      add(
          found,
          offsets,
          begin,
          terms.get(i).offset,
          EntityKind.ORGANIZATION,
          "name-before-title",
          PATTERN);
    }
  }

  /** The person named right after a title ({@code 创始人杨植麟}, {@code CEO李开复}). */
  private void afterTitle(
      List<Term> terms, int i, String kind, CodePointOffsets offsets, List<Found> found) {
    int j = i + 1;
    while (j < terms.size() && words.kindWordsBefore().containsKey(terms.get(j).word)
        || j < terms.size() && words.connectors().contains(terms.get(j).word)) {
      j++;
    }
    if (j < terms.size() && glued(terms.get(j - 1), terms.get(j))) {
      Term next = terms.get(j);
      boolean person = next.nature.toString().startsWith("nr");
      if (person && "Person".equals(kind)) {
        add(found, offsets, next.offset, end(next), EntityKind.PERSON, "name-after-title", PATTERN);
      } else if (!"Person".equals(kind) && !isPunctuation(next) && next.word.length() >= 2) {
        EntityKind.named(kind)
            .ifPresent(
                k -> add(found, offsets, next.offset, end(next), k, "name-after-title", PATTERN));
      }
    }
  }

  /** An organisation ending and the words before it, back to a boundary ({@code 百川智能}). */
  private void withEnding(List<Term> terms, int i, CodePointOffsets offsets, List<Found> found) {
    int begin = nameStart(terms, i);
    if (begin >= 0) {
      add(
          found,
          offsets,
          begin,
          end(terms.get(i)),
          EntityKind.ORGANIZATION,
          "organisation-ending",
          PATTERN);
    }
  }

  /** Where a name that ends before term {@code i} starts, or -1: back over words to a boundary. */
  private int nameStart(List<Term> terms, int i) {
    int chars = 0;
    int j = i;
    while (j > 0) {
      Term t = terms.get(j - 1);
      if (isPunctuation(t)
          || words.boundaries().contains(t.word)
          || words.kindWordsBefore().containsKey(t.word)
          || (t.nature.toString().startsWith("m") && t.word.chars().anyMatch(Character::isDigit))
          || t.nature.toString().startsWith("t")
          || !glued(t, terms.get(j))) {
        break;
      }
      chars += t.word.length();
      if (chars > MAX_NAME_CHARS) {
        return -1;
      }
      j--;
    }
    return j < i && chars >= 2 ? terms.get(j).offset : -1;
  }

  private static boolean isPunctuation(Term t) {
    return t.nature.toString().startsWith("w") || t.word.isBlank();
  }

  /** A title in {@code 《》}: a work. */
  private static void works(String text, CodePointOffsets offsets, List<Found> found) {
    int open = text.indexOf('《');
    while (open >= 0) {
      int close = text.indexOf('》', open);
      if (close > open + 1 && close - open <= 30) {
        add(found, offsets, open + 1, close, EntityKind.WORK, "title-marks", PATTERN);
      }
      open = text.indexOf('《', open + 1);
    }
  }

  private static void add(
      List<Found> found,
      CodePointOffsets offsets,
      int begin,
      int end,
      EntityKind kind,
      String reason,
      double confidence) {
    if (end > begin) {
      found.add(
          new Found(
              offsets.toCodePoint(begin), offsets.toCodePoint(end), kind, reason, confidence));
    }
  }
}
