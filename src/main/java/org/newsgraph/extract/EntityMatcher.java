package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every written form of every lexicon entity in a text: at each place where a word starts, it
 * walks a {@link FormTrie} of all forms as far as the text allows and keeps the longest form that
 * ends where a word ends, or where a chain of case endings written onto the name ({@code शून्य
 * एकचे}) does. Matching then resumes after the name, so the result is leftmost-longest: the
 * earliest name wins, and of names starting together the longest.
 *
 * <p>Text is folded char by char as it is read ({@link Folding}: case, digits, spaces, quotes,
 * joiners), so hits are in char indices of the stored text with no copy made. Names start only
 * where a word starts, so the walk needs no failure links: it is the trie half of an Aho-Corasick
 * automaton, run only at word starts, which finds the same leftmost-longest hits as the full
 * automaton filtered to word boundaries.
 */
public final class EntityMatcher {
  /** Endings chained onto one name at most ({@code सोबत} + {@code ची}). */
  private static final int MAX_CHAINED_SUFFIXES = 2;

  private static final FormTrie NO_ENDINGS = FormTrie.of(List.of());

  private final FormTrie forms;
  private final List<List<Candidate>> candidates;
  private final Map<String, FormTrie> endings = new HashMap<>();

  /** One entity a written form may refer to. */
  public record Candidate(String entity, Label label) {}

  /**
   * A hit in char indices of the text: the name at [begin, end), then the endings written onto it.
   */
  public record Hit(int begin, int end, String suffix, List<Candidate> candidates) {}

  public EntityMatcher(Lexicon lexicon) {
    lexicon
        .suffixes()
        .forEach(
            (language, list) ->
                endings.put(
                    language,
                    FormTrie.of(
                        list.stream()
                            .map(Folding::fold)
                            .filter(e -> !e.isEmpty())
                            .distinct()
                            .sorted()
                            .toList())));
    Map<String, List<Candidate>> byForm = new TreeMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (Label label : entry.labels()) {
        List<Candidate> list =
            byForm.computeIfAbsent(Folding.fold(label.text()), k -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.entity().equals(entry.iri()))) {
          list.add(new Candidate(entry.iri(), label));
        }
      }
    }
    byForm.remove("");
    this.forms = FormTrie.of(List.copyOf(byForm.keySet()));
    this.candidates = byForm.values().stream().map(List::copyOf).toList();
  }

  /** Number of distinct written forms after folding. */
  public int size() {
    return candidates.size();
  }

  /**
   * Non-overlapping hits in {@code text}, ordered by position, in char indices of {@code text};
   * each hit's suffix is quoted from {@code text} as written.
   */
  public List<Hit> find(String text, String language) {
    return new Walk(text, endings.getOrDefault(language, NO_ENDINGS)).hits();
  }

  /** One pass over one text. */
  private final class Walk {
    private final String text;
    private final int length;
    private final FormTrie suffixes;

    Walk(String text, FormTrie suffixes) {
      this.text = text;
      this.length = text.length();
      this.suffixes = suffixes;
    }

    List<Hit> hits() {
      List<Hit> hits = new ArrayList<>();
      int flagsBefore = 0;
      int i = 0;
      while (i < length) {
        char c = text.charAt(i);
        char folded = Folding.fold(c);
        if (folded == Folding.DROP) {
          i++;
          continue;
        }
        int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
        int flags = WordBoundary.flags(cp);
        if (WordBoundary.startsWord(flagsBefore, flags)
            && forms.child(FormTrie.ROOT, folded) != FormTrie.NONE) {
          Hit hit = longestAt(i);
          if (hit != null) {
            hits.add(hit);
            i = hit.end();
            flagsBefore = WordBoundary.flags(text.codePointBefore(i));
            continue;
          }
        }
        flagsBefore = flags;
        i += Character.charCount(cp);
      }
      return hits;
    }

    /** The longest name at {@code begin} that ends a word, possibly through endings; or null. */
    private Hit longestAt(int begin) {
      int node = FormTrie.ROOT;
      int best = FormTrie.NONE;
      int bestEnd = begin;
      int bestSuffixEnd = begin;
      int j = begin;
      while (j < length) {
        char folded = Folding.fold(text.charAt(j++));
        if (folded == Folding.DROP) {
          continue;
        }
        node = forms.child(node, folded);
        if (node == FormTrie.NONE) {
          break;
        }
        int form = forms.form(node);
        int suffixEnd = form == FormTrie.NONE ? -1 : suffixEnd(j, MAX_CHAINED_SUFFIXES);
        if (suffixEnd >= 0) {
          best = form;
          bestEnd = j;
          bestSuffixEnd = suffixEnd;
        }
      }
      return best == FormTrie.NONE
          ? null
          : new Hit(begin, bestEnd, text.substring(bestEnd, bestSuffixEnd), candidates.get(best));
    }

    /**
     * Where the longest chain of at most {@code depth} endings starting at {@code from} finishes a
     * word; {@code from} itself when a word simply ends there; -1 when neither holds.
     */
    private int suffixEnd(int from, int depth) {
      int longest = -1;
      int node = FormTrie.ROOT;
      int k = from;
      while (depth > 0 && k < length) {
        char folded = Folding.fold(text.charAt(k++));
        if (folded == Folding.DROP) {
          continue;
        }
        node = suffixes.child(node, folded);
        if (node == FormTrie.NONE) {
          break;
        }
        if (suffixes.form(node) != FormTrie.NONE) {
          longest = Math.max(longest, suffixEnd(k, depth - 1));
        }
      }
      return longest < 0 && endsWordAt(from) ? from : longest;
    }

    private boolean endsWordAt(int end) {
      int next = end;
      while (next < length && Folding.fold(text.charAt(next)) == Folding.DROP) {
        next++;
      }
      return next == length
          || WordBoundary.endsWord(
              WordBoundary.flags(text.codePointBefore(end)),
              WordBoundary.flags(text.codePointAt(next)));
    }
  }
}
