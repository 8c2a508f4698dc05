package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search}: find entities by any of their labels and sentences by their words. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search entity labels and article sentences for TEXT, ignoring case.",
      "Labels in Marathi, English and Chinese (preferred, alternative and match-only) are searched;",
      "one tab-separated line per hit."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to look for.")
  List<String> words;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(main.out(), true, StandardCharsets.UTF_8);
    try (GraphStore graphStore = store.openExisting()) {
      for (Search.Hit hit : Search.find(graphStore.dataset(), String.join(" ", words))) {
        String where =
            hit.begin() < 0
                ? hit.item()
                : hit.item().replaceFirst("#char=.*$", "")
                    + "#char="
                    + hit.begin()
                    + ","
                    + hit.end();
        out.println(
            hit.kind()
                + "\t"
                + where
                + "\t"
                + hit.text()
                + (hit.label().isEmpty() ? "" : "\t" + hit.label()));
      }
    }
    return 0;
  }
}
