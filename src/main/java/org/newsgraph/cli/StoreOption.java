package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that work on one store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store folder (default: $NEWSGRAPH_HOME/store).")
  Path store;

  Path dir() {
    return Main.storeDir(store);
  }

  /** The store, which must already exist. */
  GraphStore openExisting() {
    return Main.openExisting(store);
  }
}
