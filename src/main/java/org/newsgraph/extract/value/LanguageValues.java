package org.newsgraph.extract.value;

import java.util.List;
import java.util.Set;

/**
 * Everything one language's data file says, compiled for matching.
 *
 * @param language the language code (the file name)
 * @param source the file it was read from, for messages
 * @param tokenizer cuts sentences into tokens, and words into known words and endings
 * @param amounts reads numbers
 * @param currencySymbols currency signs and codes written before an amount ({@code $}, {@code
 *     US$}), with ISO 4217 codes
 * @param currencyWords currency words written after an amount ({@code युआन}, {@code dollars})
 * @param units words counted by an amount, kept as text
 * @param comparatorsBefore comparing phrases written before an amount ({@code more than})
 * @param comparatorsAfter comparing phrases written after it ({@code पेक्षा जास्त})
 * @param months month names with their numbers
 * @param notNumbers phrases in which no value starts: names and idioms written with number words
 *     ({@code 零一万物}, {@code 万一})
 * @param endings endings written onto words; empty for a language that writes none
 * @param dates date patterns, in file order
 * @param multipliers multiplier patterns, in file order
 */
record LanguageValues(
    String language,
    String source,
    Tokenizer tokenizer,
    Amounts amounts,
    PhraseTable<String> currencySymbols,
    PhraseTable<String> currencyWords,
    PhraseTable<String> units,
    PhraseTable<Comparison> comparatorsBefore,
    PhraseTable<Comparison> comparatorsAfter,
    PhraseTable<Integer> months,
    PhraseTable<Boolean> notNumbers,
    Set<String> endings,
    List<DatePattern> dates,
    List<MultiplierPattern> multipliers) {

  Tokens tokenize(String text) {
    return new Tokens(text, tokenizer.tokenize(text));
  }
}
