package org.newsgraph.extract.rules;

import org.newsgraph.article.Sentence;

/**
 * A rule's cue word found in the text.
 *
 * @param begin start, code points
 * @param end end of the word with any case ending written onto it
 * @param unit the heading, sentence or list item it stands in
 */
record Cue(int begin, int end, Sentence unit) {}
