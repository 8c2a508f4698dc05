package org.newsgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs outside programs with a time limit. */
final class Tools {
  private Tools() {}

  record Result(int exitCode, String output) {}

  static boolean onPath(String command) throws Exception {
    return run(List.of("sh", "-c", "command -v " + command)).exitCode() == 0;
  }

  /** A python3 that can import {@code module}: $NEWSGRAPH_PYTHON, Debian's, then PATH's. */
  static String pythonWith(String module) throws Exception {
    for (String candidate :
        List.of(String.valueOf(System.getenv("NEWSGRAPH_PYTHON")), "/usr/bin/python3", "python3")) {
      if (!candidate.equals("null")
          && run(List.of(candidate, "-c", "import " + module)).exitCode() == 0) {
        return candidate;
      }
    }
    return null;
  }

  static Result run(List<String> command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(124, output + "\n(timed out)");
    }
    return new Result(process.exitValue(), output);
  }
}
