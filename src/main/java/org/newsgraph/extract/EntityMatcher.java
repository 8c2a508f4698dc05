package org.newsgraph.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds every written form of every lexicon entity in a text with one Aho-Corasick automaton
 * (hankcs's double-array trie), then keeps the hits that sit on word boundaries, where a Marathi
 * case ending written onto the name ({@code शून्य एकचे}) counts as a boundary, and resolves
 * overlaps leftmost-longest: the earliest hit wins, and of hits starting together the longest.
 *
 * <p>Matching runs on a {@link FoldedText} view (case, digits, spaces, quotes and joiners folded)
 * and maps hits back to the stored text. When one form belongs to several entities, the entity
 * whose label is in the text's language wins, then the stronger label kind, then the smaller IRI;
 * the confidence is divided by the number of candidates so that the ambiguity stays visible.
 */
public final class EntityMatcher {
  /** Endings chained onto one name at most ({@code सोबत} + {@code ची}). */
  private static final int MAX_CHAINED_SUFFIXES = 2;

  private final AhoCorasickDoubleArrayTrie<List<Candidate>> automaton;
  private final Map<String, Set<String>> foldedSuffixes = new HashMap<>();

  /** One entity a written form may refer to. */
  record Candidate(String entity, Label label) {}

  /** A raw hit in char indices, before offsets are converted to code points. */
  record Hit(int begin, int end, String suffix, List<Candidate> candidates) {
    int length() {
      return end - begin;
    }
  }

  public EntityMatcher(Lexicon lexicon) {
    lexicon
        .suffixes()
        .forEach(
            (language, endings) ->
                foldedSuffixes.put(
                    language,
                    endings.stream()
                        .map(FoldedText::fold)
                        .filter(e -> !e.isEmpty())
                        .collect(Collectors.toUnmodifiableSet())));
    Map<String, List<Candidate>> forms = new TreeMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (Label label : entry.labels()) {
        List<Candidate> candidates =
            forms.computeIfAbsent(FoldedText.fold(label.text()), k -> new ArrayList<>());
        if (candidates.stream().noneMatch(c -> c.entity().equals(entry.iri()))) {
          candidates.add(new Candidate(entry.iri(), label));
        }
      }
    }
    forms.remove("");
    this.automaton = new AhoCorasickDoubleArrayTrie<>();
    automaton.build(forms);
  }

  /** Number of distinct written forms in the automaton. */
  public int size() {
    return automaton.size();
  }

  /**
   * Non-overlapping hits in {@code text}, ordered by position, in char indices of {@code text};
   * each hit's suffix is quoted from {@code text} as written.
   */
  List<Hit> find(String text, String language) {
    Set<String> suffixes = foldedSuffixes.getOrDefault(language, Set.of());
    FoldedText view = FoldedText.of(text);
    String folded = view.text();
    List<Hit> hits = new ArrayList<>();
    AhoCorasickDoubleArrayTrie.IHit<List<Candidate>> collect =
        (begin, end, candidates) ->
            accept(folded, begin, end, suffixes)
                .ifPresent(suffix -> hits.add(new Hit(begin, end, suffix, candidates)));
    automaton.parseText(folded, collect);
    return longestFirst(hits).stream().map(hit -> inOriginal(hit, view, text)).toList();
  }

  private static Hit inOriginal(Hit hit, FoldedText view, String text) {
    int end = view.originalEnd(hit.end());
    int suffixEnd = view.originalEnd(hit.end() + hit.suffix().length());
    return new Hit(
        view.originalBegin(hit.begin()), end, text.substring(end, suffixEnd), hit.candidates());
  }

  private static Optional<String> accept(String text, int begin, int end, Set<String> suffixes) {
    if (!WordBoundary.startsWord(text, begin)) {
      return Optional.empty();
    }
    return suffixAt(text, end, suffixes, MAX_CHAINED_SUFFIXES);
  }

  /**
   * The longest chain of endings written onto the name at {@code end} that finishes a word, or the
   * empty string when a word simply ends there; empty when neither holds.
   */
  private static Optional<String> suffixAt(String text, int end, Set<String> suffixes, int depth) {
    String longest = null;
    if (depth > 0) {
      for (String suffix : suffixes) {
        if (text.startsWith(suffix, end)) {
          Optional<String> rest = suffixAt(text, end + suffix.length(), suffixes, depth - 1);
          String chain = rest.map(r -> suffix + r).orElse(null);
          if (chain != null && (longest == null || chain.length() > longest.length())) {
            longest = chain;
          }
        }
      }
    }
    if (longest == null && WordBoundary.endsWord(text, end)) {
      return Optional.of("");
    }
    return Optional.ofNullable(longest);
  }

  private static List<Hit> longestFirst(List<Hit> hits) {
    List<Hit> byLength = new ArrayList<>(hits);
    byLength.sort(
        Comparator.comparingInt(Hit::begin)
            .thenComparing(Comparator.comparingInt(Hit::length).reversed()));
    boolean[] taken = new boolean[hits.stream().mapToInt(Hit::end).max().orElse(0)];
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : byLength) {
      if (isFree(taken, hit)) {
        Arrays.fill(taken, hit.begin(), hit.end(), true);
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::begin));
    return kept;
  }

  private static boolean isFree(boolean[] taken, Hit hit) {
    for (int i = hit.begin(); i < hit.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
