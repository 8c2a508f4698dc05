package org.newsgraph.extract.discover;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.HanVariants;

/**
 * Deterministic IRIs for discovered entities, {@code id/candidate/<kind>/<slug>}, from the name's
 * normalised form and the kind, so that the same name in any article is the same node. The slug is
 * the name in lower-case ASCII: accents dropped ({@code Zürich} → {@code zurich}), Traditional
 * Chinese read as Simplified and Chinese as toneless pinyin ({@code 深度求索} → {@code
 * shen-du-qiu-suo}), words joined by hyphens. A name in another script gets {@code x-} and a hash
 * of its folded form.
 */
public final class CandidateIris {
  private final String base;

  /**
   * @param base the data base IRI, ending in {@code /}
   */
  public CandidateIris(String base) {
    this.base = base;
  }

  /** The IRI of the entity of this kind with this name. */
  public String iri(EntityKind kind, String name) {
    return base + "id/candidate/" + kind.segment() + "/" + slug(name);
  }

  /** The name folded for comparison: NFKC, Simplified, lower case, single spaces. */
  public static String folded(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
    text = HanVariants.simplified(text).toLowerCase(Locale.ROOT);
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** The ASCII slug of a name. */
  static String slug(String name) {
    String folded = folded(name);
    StringBuilder out = new StringBuilder();
    boolean other = false;
    String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD);
    for (int i = 0; i < ascii.length(); ) {
      int c = ascii.codePointAt(i);
      i += Character.charCount(c);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append((char) c);
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        out.append('-').append(pinyin((char) c)).append('-');
      } else if (Character.getType(c) == Character.NON_SPACING_MARK && c < 0x370) {
        continue;
      } else if (Character.isLetter(c)) {
        other = true;
      } else {
        out.append('-');
      }
    }
    String slug = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    return other || slug.isEmpty() ? "x-" + hash(folded) : slug;
  }

  private static String pinyin(char c) {
    List<Pinyin> list = HanLP.convertToPinyinList(String.valueOf(c));
    String syllable = list.isEmpty() ? "" : list.get(0).getPinyinWithoutTone();
    return syllable.equals("none") || syllable.isEmpty()
        ? Integer.toHexString(c)
        : syllable.toLowerCase(Locale.ROOT).replace("ü", "v");
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
