package org.newsgraph.extract.discover;

/**
 * A name a finder proposes: its span in code points of the article text, its kind, and why.
 *
 * @param begin start, code points
 * @param end end (exclusive), code points
 * @param kind the kind of entity
 * @param reason the pattern that found it ({@code title-before-name}, {@code tagger:nr}, …)
 * @param confidence from 0 to 1
 */
public record Found(int begin, int end, EntityKind kind, String reason, double confidence) {
  public Found {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
  }

  boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
