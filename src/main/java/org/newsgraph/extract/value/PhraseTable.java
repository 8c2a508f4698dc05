package org.newsgraph.extract.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words and phrases of one kind from a language's data (number words, currency words, comparing
 * phrases, month names, …), each with its value, and where the longest of them starts in a
 * sentence. A word of a phrase written onto the word before it in the data ({@code US$}) must be
 * glued in the sentence too; a word written apart may be glued or apart ({@code पेक्षा जास्त}
 * matches in {@code युआनपेक्षा जास्त}).
 *
 * @param <V> the value each phrase stands for
 */
final class PhraseTable<V> {
  private record Entry<V>(List<Token> tokens, V value) {}

  /** A phrase found at a token: {@code end} is the index of the first token after it. */
  record Hit<V>(int end, V value) {}

  private final Map<String, List<Entry<V>>> byFirstKey;
  private final Set<String> words;

  private PhraseTable(Map<String, List<Entry<V>>> byFirstKey, Set<String> words) {
    this.byFirstKey = byFirstKey;
    this.words = words;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** The longest phrase that starts at token {@code at}. */
  Optional<Hit<V>> longest(Tokens tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    Hit<V> best = null;
    for (Entry<V> entry : byFirstKey.getOrDefault(tokens.get(at).key(), List.of())) {
      int end = matchEnd(entry.tokens(), tokens, at);
      if (end > 0 && (best == null || end > best.end())) {
        best = new Hit<>(end, entry.value());
      }
    }
    return Optional.ofNullable(best);
  }

  private static int matchEnd(List<Token> phrase, Tokens tokens, int at) {
    if (at + phrase.size() > tokens.size()) {
      return -1;
    }
    for (int i = 0; i < phrase.size(); i++) {
      Token want = phrase.get(i);
      Token got = tokens.get(at + i);
      if (!want.key().equals(got.key()) || (i > 0 && want.glued() && !got.glued())) {
        return -1;
      }
    }
    return at + phrase.size();
  }

  /** Every word key used by a phrase of the table. */
  Set<String> words() {
    return words;
  }

  /** Collects phrases; refuses a phrase given twice with different values. */
  static final class Builder<V> {
    private final Map<String, List<Entry<V>>> byFirstKey = new HashMap<>();
    private final Map<List<String>, V> seen = new HashMap<>();
    private final Set<String> words = new HashSet<>();

    /**
     * Adds a phrase already cut into tokens. Returns the value the same words already had, if they
     * were added before with another value.
     */
    Optional<V> add(List<Token> tokens, V value) {
      List<String> keys = tokens.stream().map(Token::key).toList();
      V before = seen.putIfAbsent(keys, value);
      if (before != null) {
        return before.equals(value) ? Optional.empty() : Optional.of(before);
      }
      byFirstKey
          .computeIfAbsent(keys.get(0), k -> new ArrayList<>())
          .add(new Entry<>(List.copyOf(tokens), value));
      tokens.stream()
          .filter(t -> t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.UNSPACED)
          .forEach(t -> words.add(t.key()));
      return Optional.empty();
    }

    PhraseTable<V> build() {
      Map<String, List<Entry<V>>> copy = new HashMap<>();
      byFirstKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new PhraseTable<>(Map.copyOf(copy), Set.copyOf(words));
    }
  }
}
