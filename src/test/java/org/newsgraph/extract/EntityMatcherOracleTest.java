package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Checks the trie walk of {@link EntityMatcher} against a brute-force reading of its contract on
 * random lexicons and texts: at each word start, try every form and every chain of up to two
 * endings, keep the longest form that ends a word, and go on after it.
 */
class EntityMatcherOracleTest {
  private static final String LETTERS = "abcAकखमाीे्ं零一";
  private static final String OTHER = "  .,'\u00A0-";
  private static final List<String> ENDINGS = List.of("चे", "च्या", "ला", "'s", "त", "तील");

  @Test
  void findsWhatBruteForceFindsOnRandomInput() {
    Random random = new Random(20250101);
    int hits = 0;
    int withEndings = 0;
    for (int round = 0; round < 200; round++) {
      List<String> forms = randomForms(random);
      EntityMatcher matcher = new EntityMatcher(lexicon(forms));
      String text = randomText(random, forms);
      List<EntityMatcher.Hit> found = matcher.find(text, "mr");
      assertThat(render(found))
          .as("forms %s, text \"%s\"", forms, text)
          .isEqualTo(bruteForce(forms, text));
      hits += found.size();
      withEndings += (int) found.stream().filter(h -> !h.suffix().isEmpty()).count();
    }
    // The random input must exercise the contract, not pass on empty lists.
    assertThat(hits).isGreaterThan(500);
    assertThat(withEndings).isGreaterThan(50);
  }

  private static List<String> render(List<EntityMatcher.Hit> hits) {
    return hits.stream()
        .map(
            h ->
                h.begin()
                    + "-"
                    + h.end()
                    + "+"
                    + h.suffix()
                    + "="
                    + h.candidates().stream()
                        .map(EntityMatcher.Candidate::entity)
                        .sorted()
                        .toList())
        .toList();
  }

  private static List<String> bruteForce(List<String> forms, String text) {
    String folded = Folding.fold(text);
    assertThat(folded).hasSameSizeAs(text);
    Set<String> foldedEndings = new TreeSet<>(ENDINGS.stream().map(Folding::fold).toList());
    List<String> hits = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      String best = null;
      int bestSuffixEnd = -1;
      if (startsWord(folded, i)) {
        for (String form : forms) {
          String f = Folding.fold(form);
          int suffixEnd =
              folded.startsWith(f, i) ? suffixEnd(folded, i + f.length(), foldedEndings, 2) : -1;
          if (suffixEnd >= 0 && (best == null || f.length() > Folding.fold(best).length())) {
            best = form;
            bestSuffixEnd = suffixEnd;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int end = i + Folding.fold(best).length();
      String f = Folding.fold(best);
      List<String> entities =
          forms.stream()
              .filter(o -> Folding.fold(o).equals(f))
              .map(o -> "e:" + o)
              .sorted()
              .toList();
      hits.add(i + "-" + end + "+" + text.substring(end, bestSuffixEnd) + "=" + entities);
      i = end;
    }
    return hits;
  }

  private static int suffixEnd(String s, int end, Set<String> endings, int depth) {
    int longest = -1;
    if (depth > 0) {
      for (String e : endings) {
        if (s.startsWith(e, end)) {
          longest = Math.max(longest, suffixEnd(s, end + e.length(), endings, depth - 1));
        }
      }
    }
    return longest < 0 && endsWord(s, end) ? end : longest;
  }

  private static boolean startsWord(String s, int i) {
    return i == 0
        || !WordBoundary.isWordChar(s.charAt(i - 1))
        || WordBoundary.isUnspaced(s.charAt(i - 1))
        || WordBoundary.isUnspaced(s.charAt(i));
  }

  private static boolean endsWord(String s, int i) {
    return i == s.length()
        || !WordBoundary.isWordChar(s.charAt(i))
        || WordBoundary.isUnspaced(s.charAt(i))
        || WordBoundary.isUnspaced(s.charAt(i - 1));
  }

  private static List<String> randomForms(Random random) {
    TreeSet<String> forms = new TreeSet<>();
    int count = 1 + random.nextInt(12);
    while (forms.size() < count) {
      String form = word(random);
      if (random.nextInt(3) == 0) {
        form += " " + word(random);
      }
      forms.add(form);
    }
    return List.copyOf(forms);
  }

  private static String randomText(Random random, List<String> forms) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(forms.get(random.nextInt(forms.size())));
        case 1 -> text.append(ENDINGS.get(random.nextInt(ENDINGS.size())));
        case 2 -> text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        default -> text.append(OTHER.charAt(random.nextInt(OTHER.length())));
      }
    }
    return text.toString();
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  private static Lexicon lexicon(List<String> forms) {
    List<LexiconEntry> entries =
        forms.stream()
            .map(
                f ->
                    new LexiconEntry(
                        "e:" + f, List.of(), List.of(new Label(f, "mr", Label.Kind.PREFERRED))))
            .toList();
    return new Lexicon(
        entries, GraphFactory.createDefaultGraph(), Map.of("mr", new TreeSet<>(ENDINGS)));
  }
}
