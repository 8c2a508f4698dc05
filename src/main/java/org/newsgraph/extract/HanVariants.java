package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters and their Simplified forms, one char for one char, from the
 * conversion table that HanLP ships ({@code data/dictionary/tc/t2s.txt}). Only pairs of single
 * chars are kept, so a text converted through it keeps its length and every offset: {@code 零一萬物}
 * reads as {@code 零一万物}, {@code 李開復} as {@code 李开复}.
 */
public final class HanVariants {
  private static final String TABLE = "/data/dictionary/tc/t2s.txt";
  private static final char[] SIMPLIFIED = load();

  private HanVariants() {}

  /** The Simplified form of a Traditional char, or the char itself. */
  public static char simplified(char c) {
    return SIMPLIFIED[c];
  }

  /** The text with every Traditional char that has a one-char Simplified form replaced. */
  public static String simplified(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = SIMPLIFIED[chars[i]];
    }
    return new String(chars);
  }

  private static char[] load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = (char) c;
    }
    try (InputStream in = HanVariants.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new ExtractException(TABLE + ": HanLP's conversion table is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.length() == 3 && line.charAt(1) == '=') {
          table[line.charAt(0)] = line.charAt(2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
