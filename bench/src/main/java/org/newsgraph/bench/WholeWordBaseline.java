package org.newsgraph.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.Label;
import org.newsgraph.extract.LexiconEntry;

/**
 * The baseline: hankcs's Aho-Corasick double-array trie over every label, as it comes, with plain
 * whole-word matching. A hit counts when the code points before and after it are not letters,
 * digits or combining marks. Nothing else: no case folding, no endings, no overlap resolution (a
 * short name inside a longer one is reported too), no offsets in code points.
 *
 * <p>{@link Split#ONE} puts every label into one automaton, the plain use of the library. {@link
 * Split#PER_SCRIPT} builds one automaton per script (of a label's first letter) and runs each over
 * the text: hankcs 1.2.3 cannot build 200,000 mixed-script forms in one automaton, and this is the
 * way around it that keeps each automaton below its cliff. It scans the text once per script.
 */
final class WholeWordBaseline {
  /** A whole-word hit at chars [begin, end) of the text. */
  record Match(int begin, int end, String entity) {}

  /** How the labels are spread over automata. */
  enum Split {
    ONE("one automaton"),
    PER_SCRIPT("one automaton per script");

    private final String description;

    Split(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }

    static Split parse(String value) {
      return switch (value) {
        case "one" -> ONE;
        case "per-script" -> PER_SCRIPT;
        default ->
            throw new IllegalArgumentException(
                "bench.baseline: \"" + value + "\"; expected one or per-script");
      };
    }
  }

  private final List<SizedTrie<String>> tries = new ArrayList<>();

  WholeWordBaseline(List<LexiconEntry> entries, Split split) {
    Map<Character.UnicodeScript, TreeMap<String, String>> byScript = new TreeMap<>();
    for (LexiconEntry entry : entries) {
      for (Label label : entry.labels()) {
        Character.UnicodeScript script =
            split == Split.ONE ? Character.UnicodeScript.COMMON : scriptOf(label.text());
        byScript.computeIfAbsent(script, s -> new TreeMap<>()).putIfAbsent(label.text(), entry.iri());
      }
    }
    for (TreeMap<String, String> forms : byScript.values()) {
      SizedTrie<String> trie = new SizedTrie<>();
      trie.build(forms);
      tries.add(trie);
    }
  }

  private static Character.UnicodeScript scriptOf(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .mapToObj(Character.UnicodeScript::of)
        .findFirst()
        .orElse(Character.UnicodeScript.COMMON);
  }

  int size() {
    return tries.stream().mapToInt(SizedTrie::size).sum();
  }

  /** Number of automata. */
  int automata() {
    return tries.size();
  }

  /** Bytes of the tries' arrays, counted from their lengths (see {@link SizedTrie}). */
  long arrayBytes() {
    return tries.stream().mapToLong(SizedTrie::arrayBytes).sum();
  }

  List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    AhoCorasickDoubleArrayTrie.IHit<String> collect =
        (begin, end, entity) -> {
          if (boundaryBefore(text, begin) && boundaryAfter(text, end)) {
            matches.add(new Match(begin, end, entity));
          }
        };
    for (SizedTrie<String> trie : tries) {
      trie.parseText(text, collect);
    }
    return matches;
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean boundaryBefore(String text, int begin) {
    return begin == 0 || !isWordChar(text.codePointBefore(begin));
  }

  private static boolean boundaryAfter(String text, int end) {
    return end == text.length() || !isWordChar(text.codePointAt(end));
  }

  /**
   * The trie, unchanged (it overrides nothing), with a way to read the lengths of its protected
   * arrays. That gives an exact count of the bytes they take, to check the heap figure measured
   * with the garbage collector against.
   */
  static final class SizedTrie<V> extends AhoCorasickDoubleArrayTrie<V> {
    private static final long serialVersionUID = 1L;

    /**
     * Bytes of check, base, fail, output (and its rows), v and l, for a 64-bit JVM with compressed
     * references: an array is a 16-byte header plus its elements, rounded up to 8 bytes. The
     * objects in {@code v} are not counted: here they are the lexicon's own IRI strings.
     */
    long arrayBytes() {
      long bytes = ints(check) + ints(base) + ints(fail) + ints(l) + refs(v);
      if (output != null) {
        bytes += refs(output);
        for (int[] row : output) {
          bytes += ints(row);
        }
      }
      return bytes;
    }

    private static long ints(int[] a) {
      return a == null ? 0 : align(16L + 4L * a.length);
    }

    private static long refs(Object[] a) {
      return a == null ? 0 : align(16L + 4L * a.length);
    }

    private static long align(long bytes) {
      return (bytes + 7) & ~7L;
    }
  }
}
