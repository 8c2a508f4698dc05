package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where the first invalid byte sequence is. */
final class Utf8 {
  private Utf8() {}

  static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalid(bytes, in.position(), source);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static ArticleException invalid(byte[] bytes, int offset, String source) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return ArticleException.at(
        source,
        line,
        String.format(
            "invalid UTF-8 at byte offset %d (byte 0x%02X): expected a UTF-8 encoded text file",
            offset, bytes[offset] & 0xFF));
  }
}
