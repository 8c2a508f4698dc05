package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FormTrieTest {
  private static int walk(FormTrie trie, String s) {
    int node = FormTrie.ROOT;
    for (int i = 0; i < s.length() && node != FormTrie.NONE; i++) {
      node = trie.child(node, s.charAt(i));
    }
    return node;
  }

  @Test
  void findsEveryFormByItsIndexAcrossScriptsAndSurrogatePairs() {
    List<String> forms =
        new TreeSet<>(List.of("a", "ab", "abc", "b", "शून्य", "शून्य एक", "零一万物", "😀x", "zz"))
            .stream().toList();
    FormTrie trie = FormTrie.of(forms);
    for (int i = 0; i < forms.size(); i++) {
      assertThat(trie.form(walk(trie, forms.get(i)))).as(forms.get(i)).isEqualTo(i);
    }
    assertThat(trie.form(walk(trie, "शून्"))).isEqualTo(FormTrie.NONE);
    assertThat(walk(trie, "abd")).isEqualTo(FormTrie.NONE);
    assertThat(walk(trie, "q")).isEqualTo(FormTrie.NONE);
    assertThat(trie.child(FormTrie.ROOT, '\uFFFE')).isEqualTo(FormTrie.NONE);
  }

  @Test
  void hasOneNodePerDistinctPrefix() {
    FormTrie trie = FormTrie.of(List.of("ab", "abc", "b"));
    // root, a, ab, abc, b
    assertThat(trie.nodes()).isEqualTo(5);
    assertThat(FormTrie.of(List.of()).nodes()).isEqualTo(1);
    assertThat(FormTrie.of(List.of()).child(FormTrie.ROOT, 'a')).isEqualTo(FormTrie.NONE);
  }

  @Test
  void agreesWithASortedSetOnRandomForms() {
    Random random = new Random(7);
    String alphabet = "abcक्षएঅ零 ";
    TreeSet<String> set = new TreeSet<>();
    for (int i = 0; i < 2000; i++) {
      set.add(randomString(random, alphabet, 1 + random.nextInt(6)));
    }
    List<String> forms = List.copyOf(set);
    FormTrie trie = FormTrie.of(forms);
    for (int i = 0; i < 5000; i++) {
      String probe = randomString(random, alphabet, 1 + random.nextInt(7));
      int node = walk(trie, probe);
      int expected = forms.indexOf(probe);
      assertThat(node == FormTrie.NONE ? FormTrie.NONE : trie.form(node))
          .as(probe)
          .isEqualTo(expected < 0 ? FormTrie.NONE : expected);
      boolean isPrefix = set.ceiling(probe) != null && set.ceiling(probe).startsWith(probe);
      assertThat(node != FormTrie.NONE).as("prefix " + probe).isEqualTo(isPrefix);
    }
  }

  @Test
  void refusesFormsOutOfOrderDuplicatedOrEmpty() {
    assertThatThrownBy(() -> FormTrie.of(List.of("b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("form 1 \"a\" does not come after \"b\"");
    assertThatThrownBy(() -> FormTrie.of(List.of("a", "a")))
        .hasMessageContaining("expected distinct forms in ascending order");
    assertThatThrownBy(() -> FormTrie.of(List.of(""))).hasMessageContaining("form 0 is empty");
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
