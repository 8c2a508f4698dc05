package org.newsgraph.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A trie of written forms compiled into flat arrays, for longest-match walks that start where a
 * word starts.
 *
 * <p>Nodes are numbered breadth-first, so the children of each node are consecutive numbers,
 * ordered by the char on their incoming edge: a node needs only the number of its first child, the
 * char that leads to it and the index of the form that ends there. The root's children are also
 * indexed by char, because every walk passes through the root. Building is one pass over the sorted
 * forms, linear in their total length, whatever the scripts mix: there is no search for free slots
 * as in a double array, which is what kept hankcs's builder from compiling 200,000 mixed-script
 * forms.
 */
final class FormTrie {
  /** The node every walk starts from. */
  static final int ROOT = 0;

  /** What {@link #child} and {@link #form} return when there is none. */
  static final int NONE = -1;

  private final char[] edge;
  private final int[] firstChild;
  private final int[] form;
  private final int[] rootChild;

  private FormTrie(char[] edge, int[] firstChild, int[] form, int[] rootChild) {
    this.edge = edge;
    this.firstChild = firstChild;
    this.form = form;
    this.rootChild = rootChild;
  }

  /**
   * Compiles {@code forms}, which must be distinct, non-empty and in ascending {@link
   * String#compareTo} order; {@link #form} then answers a form's index in that list.
   *
   * @throws IllegalArgumentException when they are not
   */
  static FormTrie of(List<String> forms) {
    checkSorted(forms);
    int nodes = nodeCount(forms);
    char[] edge = new char[nodes];
    int[] firstChild = new int[nodes + 1];
    int[] form = new int[nodes];
    Arrays.fill(form, NONE);
    int[] lo = new int[nodes];
    int[] hi = new int[nodes];
    int[] depth = new int[nodes];
    hi[ROOT] = forms.size();
    int next = 1;
    for (int node = 0; node < nodes; node++) {
      int from = lo[node];
      int d = depth[node];
      if (from < hi[node] && forms.get(from).length() == d) {
        form[node] = from++;
      }
      firstChild[node] = next;
      while (from < hi[node]) {
        char c = forms.get(from).charAt(d);
        int to = from + 1;
        while (to < hi[node] && forms.get(to).charAt(d) == c) {
          to++;
        }
        edge[next] = c;
        lo[next] = from;
        hi[next] = to;
        depth[next] = d + 1;
        next++;
        from = to;
      }
    }
    firstChild[nodes] = next;
    return new FormTrie(edge, firstChild, form, rootIndex(edge, firstChild));
  }

  /** The child of {@code node} along {@code c}, or {@link #NONE}. */
  int child(int node, char c) {
    if (node == ROOT) {
      return c < rootChild.length ? rootChild[c] : NONE;
    }
    int low = firstChild[node];
    int high = firstChild[node + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char m = edge[mid];
      if (m < c) {
        low = mid + 1;
      } else if (m > c) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return NONE;
  }

  /** The index of the form that ends at {@code node}, or {@link #NONE}. */
  int form(int node) {
    return form[node];
  }

  /** Number of nodes, the root included. */
  int nodes() {
    return form.length;
  }

  private static void checkSorted(List<String> forms) {
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).isEmpty()) {
        throw new IllegalArgumentException("form " + i + " is empty; expected a non-empty form");
      }
      if (i > 0 && forms.get(i - 1).compareTo(forms.get(i)) >= 0) {
        throw new IllegalArgumentException(
            "form "
                + i
                + " \""
                + forms.get(i)
                + "\" does not come after \""
                + forms.get(i - 1)
                + "\"; expected distinct forms in ascending order");
      }
    }
  }

  /** One node per distinct prefix: each form adds the chars past its common prefix. */
  private static int nodeCount(List<String> forms) {
    int nodes = 1;
    String previous = "";
    for (String f : forms) {
      nodes += f.length() - commonPrefix(previous, f);
      previous = f;
    }
    return nodes;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int[] rootIndex(char[] edge, int[] firstChild) {
    int first = firstChild[ROOT];
    int end = firstChild[ROOT + 1];
    int[] index = new int[end > first ? edge[end - 1] + 1 : 0];
    Arrays.fill(index, NONE);
    for (int node = first; node < end; node++) {
      index[edge[node]] = node;
    }
    return index;
  }
}
