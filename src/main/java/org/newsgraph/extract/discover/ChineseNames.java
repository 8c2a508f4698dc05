package org.newsgraph.extract.discover;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.extract.HanVariants;
import org.newsgraph.extract.Label;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.Mention;

/**
 * Chinese names, from HanLP's segmenter with its person, place and organisation recognisers, and
 * from our patterns over its words:
 *
 * <ul>
 *   <li>the words right before a person's title are an organisation ({@code 月之暗面创始人}), the name
 *       HanLP tags right after it a person ({@code CEO李开复});
 *   <li>the words right after a kind word are a name of that kind ({@code 创业公司月之暗面}, {@code
 *       智能助手Kimi}), and the words right before a kind word too ({@code 豆包大模型}, {@code 百川智能} with an
 *       organisation ending);
 *   <li>a Chinese name right before a Latin name in brackets has the Latin name's kind ({@code
 *       月之暗面（Moonshot AI）});
 *   <li>a Latin name ({@code Kimi}, {@code GLM-4}, {@code Moonshot AI}) is a model when a model
 *       word stands next to it or it has a digit or a hyphen, else an organisation;
 *   <li>a title in {@code 《》} is a work.
 * </ul>
 *
 * A name runs over words up to a boundary: punctuation, a word from the boundary list, or a word
 * HanLP tags as a verb, adverb, preposition, conjunction, particle, pronoun, number or time, and at
 * most {@value #MAX_NAME_CHARS} chars. HanLP's person tags need a surname from the list, its place
 * tags a place cue. Traditional text is read through {@link HanVariants}, char for char, so offsets
 * stay those of the article. The lexicon's Chinese names are HanLP's custom dictionary, so that it
 * does not split them.
 */
final class ChineseNames implements NameFinder {
  private static final int MAX_NAME_CHARS = 6;
  private static final double TAGGED = 0.7;
  private static final double PATTERN = 0.75;
  private static final double WEAK = 0.3;
  private static final Set<String> STOP_TAGS =
      Set.of(
          "v", "vi", "vshi", "vyou", "vf", "vx", "vl", "vg", "d", "p", "pba", "pbei", "c", "cc",
          "ude1", "ude2", "ude3", "ule", "uguo", "uzhe", "usuo", "udeng", "uyy", "udh", "ulian",
          "r", "rr", "rz", "rzv", "rzt", "rzs", "ry", "ryv", "rys", "ryt", "t", "tg", "f", "q",
          "qt", "qv", "mq", "w", "y", "e", "o", "nnt", "nis", "a", "ad", "an", "b", "z");

  /** What ends a name read after a strong cue: function words, but not verbs or adjectives. */
  private static final Set<String> LENIENT_STOP_TAGS =
      Set.of(
          "d", "p", "pba", "pbei", "c", "cc", "ude1", "ude2", "ude3", "ule", "uguo", "uzhe", "usuo",
          "udeng", "uyy", "udh", "ulian", "r", "rr", "rz", "rzv", "rzt", "rzs", "ry", "ryv", "rys",
          "ryt", "vshi", "vyou", "t", "tg", "f", "q", "qt", "qv", "mq", "w", "y", "e", "o");

  /** What ends a name read after a kind word: also verbs, but not adjectives. */
  private static final Set<String> AFTER_KIND_STOP_TAGS = afterKindStopTags();

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

  private static Set<String> afterKindStopTags() {
    Set<String> tags = new java.util.HashSet<>(STOP_TAGS);
    tags.removeAll(Set.of("a", "b"));
    return Set.copyOf(tags);
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
    Out out = new Out(found, offsets);
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      tagged(terms, i).ifPresent(k -> out.add(term.offset, end(term), k, "tagger", TAGGED));
      if (isLatin(term.word)) {
        latin(terms, i, text, out);
      }
      String before = words.kindWordsBefore().get(term.word);
      if ("Person".equals(before)) {
        nameBefore(terms, i, false)
            .ifPresent(
                b ->
                    out.add(b, term.offset, EntityKind.ORGANIZATION, "name-before-title", PATTERN));
        personAfter(terms, i, out);
      } else if (before != null) {
        EntityKind kind = EntityKind.named(before).orElseThrow();
        nameAfter(terms, i)
            .ifPresent(e -> out.add(end(term), e, kind, "name-after-kind-word", PATTERN));
      }
      String after = words.kindWords().get(term.word);
      if (after != null) {
        EntityKind kind = EntityKind.named(after).orElseThrow();
        nameBefore(terms, i, true)
            .ifPresent(b -> out.add(b, term.offset, kind, "name-before-kind-word", PATTERN));
      }
      if (words.organisationEndings().contains(term.word)) {
        nameBefore(terms, i, false)
            .ifPresent(
                b ->
                    out.add(b, end(term), EntityKind.ORGANIZATION, "organisation-ending", PATTERN));
      }
    }
    works(text, out);
    return found;
  }

  /** Adds found names, char indices to code points. */
  private record Out(List<Found> found, CodePointOffsets offsets) {
    void add(int begin, int end, EntityKind kind, String reason, double confidence) {
      if (end > begin) {
        found.add(
            new Found(
                offsets.toCodePoint(begin), offsets.toCodePoint(end), kind, reason, confidence));
      }
    }
  }

  private static int end(Term term) {
    return term.offset + term.word.length();
  }

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
    if (nature.startsWith("nt") && !words.organisationEndings().contains(term.word)) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    return Optional.empty();
  }

  private boolean placeContext(List<Term> terms, int i) {
    String before = i > 0 ? terms.get(i - 1).word : "";
    String after = i + 1 < terms.size() ? terms.get(i + 1).word : "";
    return words.placeCues().stream().anyMatch(before::endsWith)
        || "Place".equals(words.kindWords().get(after));
  }

  /** A Latin name, with the digits, hyphens and capitalised words glued or spaced onto it. */
  private void latin(List<Term> terms, int i, String text, Out out) {
    if (i > 0 && glued(terms.get(i - 1), terms.get(i)) && isLatinOrDigit(terms.get(i - 1).word)) {
      return;
    }
    int j = i + 1;
    while (j < terms.size()) {
      if (glued(terms.get(j - 1), terms.get(j)) && isLatinOrDigit(terms.get(j).word)) {
        j++;
      } else if (j + 1 < terms.size()
          && terms.get(j).word.equals(" ")
          && isLatin(terms.get(j + 1).word)
          && (Character.isUpperCase(terms.get(j + 1).word.charAt(0))
              || Character.isDigit(terms.get(j + 1).word.charAt(0))
              || words.connectors().contains(terms.get(j + 1).word))) {
        j += 2;
      } else {
        break;
      }
    }
    int begin = terms.get(i).offset;
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
    Optional<EntityKind> evidence = latinKind(terms, i, text, end);
    EntityKind kind = evidence.orElse(shapeKind(name));
    out.add(begin, end, kind, "latin-name", evidence.isPresent() ? PATTERN : WEAK);
    if (i >= 2 && terms.get(i - 1).word.matches("[（(]")) {
      int close = end < text.length() ? end : text.length();
      if (close < text.length() && "）)".indexOf(text.charAt(close)) >= 0) {
        int nameEnd = terms.get(i - 1).offset;
        nameBefore(terms, i - 1, true)
            .ifPresent(b -> out.add(b, nameEnd, kind, "name-before-bracketed-name", PATTERN));
      }
    }
  }

  /** A Latin name with nothing around it: a model when it has a digit or a hyphen. */
  private static EntityKind shapeKind(String name) {
    return name.chars().anyMatch(Character::isDigit) || name.contains("-")
        ? EntityKind.MODEL
        : EntityKind.ORGANIZATION;
  }

  /** The kind the words next to a Latin name give it. */
  private Optional<EntityKind> latinKind(List<Term> terms, int i, String text, int end) {
    String next = text.substring(end, Math.min(text.length(), end + 4));
    String previous = i > 0 ? terms.get(i - 1).word : "";
    for (var e : words.kindWords().entrySet()) {
      if (next.startsWith(e.getKey())) {
        return EntityKind.named(e.getValue());
      }
    }
    String before = words.kindWordsBefore().get(previous);
    if (before != null && !before.equals("Person")) {
      return EntityKind.named(before);
    }
    if (words.organisationEndings().stream().anyMatch(next::startsWith)
        || words.kindWordsBefore().keySet().stream().anyMatch(next::startsWith)) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    return Optional.empty();
  }

  private static boolean glued(Term a, Term b) {
    return end(a) == b.offset;
  }

  private static boolean isLatin(String word) {
    return !word.isEmpty()
        && word.chars()
            .allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'))
        && word.chars().anyMatch(Character::isLetter);
  }

  private static boolean isLatinOrDigit(String word) {
    return !word.isEmpty()
        && word.chars()
            .allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'));
  }

  /** The person HanLP tags right after a title ({@code 创始人杨植麟}, {@code 创始人兼CEO李开复}). */
  private void personAfter(List<Term> terms, int i, Out out) {
    int j = i + 1;
    while (j < terms.size()
        && (words.kindWordsBefore().containsKey(terms.get(j).word)
            || words.connectors().contains(terms.get(j).word))) {
      j++;
    }
    if (j < terms.size() && glued(terms.get(j - 1), terms.get(j))) {
      Term next = terms.get(j);
      if (next.nature.toString().startsWith("nr") && next.word.length() >= 2) {
        out.add(next.offset, end(next), EntityKind.PERSON, "name-after-title", PATTERN);
      }
    }
  }

  private boolean stops(Term t, Set<String> stopTags) {
    return t.word.isBlank()
        || t.nature.toString().startsWith("w")
        || stopTags.contains(t.nature.toString())
        || (t.nature.toString().startsWith("m") && t.word.chars().anyMatch(Character::isDigit))
        || words.boundaries().contains(t.word)
        || words.kindWordsBefore().containsKey(t.word)
        || words.kindWords().containsKey(t.word)
        || words.notNames().contains(t.word)
        || isLatin(t.word);
  }

  /** Where a name that ends right before term {@code i} starts, back to a boundary. */
  private Optional<Integer> nameBefore(List<Term> terms, int i, boolean lenient) {
    int chars = 0;
    int j = i;
    while (j > 0
        && glued(terms.get(j - 1), terms.get(j))
        && !stops(terms.get(j - 1), lenient ? LENIENT_STOP_TAGS : STOP_TAGS)) {
      chars += terms.get(j - 1).word.length();
      j--;
    }
    return j < i && chars >= 2 && chars <= MAX_NAME_CHARS
        ? Optional.of(terms.get(j).offset)
        : Optional.empty();
  }

  /** Where a name that starts right after term {@code i} ends, forward to a boundary. */
  private Optional<Integer> nameAfter(List<Term> terms, int i) {
    int chars = 0;
    int j = i + 1;
    while (j < terms.size()
        && glued(terms.get(j - 1), terms.get(j))
        && !stops(terms.get(j), AFTER_KIND_STOP_TAGS)) {
      chars += terms.get(j).word.length();
      j++;
    }
    return j > i + 1 && chars >= 2 && chars <= MAX_NAME_CHARS
        ? Optional.of(end(terms.get(j - 1)))
        : Optional.empty();
  }

  /** A title in {@code 《》}: a work. */
  private static void works(String text, Out out) {
    int open = text.indexOf('《');
    while (open >= 0) {
      int close = text.indexOf('》', open);
      if (close > open + 1 && close - open <= 30) {
        out.add(open + 1, close, EntityKind.WORK, "title-marks", PATTERN);
      }
      open = text.indexOf('《', open + 1);
    }
  }
}
