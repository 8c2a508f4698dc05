package org.newsgraph.extract.value;

/**
 * How a stated amount relates to the real one: "more than 100 million yuan" is {@link #MORE_THAN},
 * "about ten" is {@link #APPROXIMATELY}, a plain "ten" is {@link #EXACTLY}.
 */
public enum Comparison {
  EXACTLY,
  MORE_THAN,
  LESS_THAN,
  APPROXIMATELY,
  AT_LEAST,
  AT_MOST
}
