package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.newsgraph.rdf.RdfException;

/** Writes a command's output file whole or not at all: to a temporary file, then moved in place. */
final class OutputFiles {
  private OutputFiles() {}

  static void write(Path out, Consumer<OutputStream> writer) throws IOException {
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".newsgraph-", ".tmp");
    try (OutputStream stream = Files.newOutputStream(tmp)) {
      writer.accept(stream);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw new RdfException(out + ": cannot write: " + e.getMessage(), e);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }
}
