package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code newsgraph} command line: global options and the subcommands. Exit codes: 0 done, 1 bad
 * input or data (every {@link NewsgraphException}), 2 bad usage.
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles into an evidence-backed knowledge graph and serves it.",
    subcommands = {
      ExtractCommand.class,
      ConvertCommand.class,
      LoadCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Environment variable naming the project folder; the launcher sets it. */
  public static final String HOME_VARIABLE = "NEWSGRAPH_HOME";

  public static final int EXIT_BAD_DATA = 1;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description = "Base of every IRI minted (default: ${DEFAULT-VALUE}).",
      defaultValue = IriScheme.DEFAULT_BASE)
  String base;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Folder with articles/ and lexicon/ (default: $NEWSGRAPH_HOME/data, else ./data).")
  Path dataDir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  NewsgraphConfig config() {
    return NewsgraphConfig.builder()
        .base(base)
        .dataDir(dataDir != null ? dataDir : home().resolve("data"))
        .build();
  }

  /** The project folder: $NEWSGRAPH_HOME when set, else the working directory. */
  static Path home() {
    return Optional.ofNullable(System.getenv(HOME_VARIABLE))
        .filter(h -> !h.isBlank())
        .map(Path::of)
        .orElse(Path.of(""));
  }

  /** The store folder given, or $NEWSGRAPH_HOME/store. */
  static Path storeDir(Path given) {
    return given != null ? given : home().resolve("store");
  }

  /** Opens a store that must already exist (for reading commands). */
  static GraphStore openExisting(Path given) {
    Path dir = storeDir(given);
    if (!Files.isDirectory(dir)) {
      throw new StoreException(
          dir + ": no store here: expected a folder made by 'newsgraph load' or 'serve'");
    }
    return GraphStore.open(dir);
  }

  private OutputStream out = System.out;

  /** Where results go: standard output, unless a caller gave another stream. */
  OutputStream out() {
    return out;
  }

  /** A command line ready to run, with newsgraph's exit-code mapping. */
  public static CommandLine commandLine() {
    return commandLine(System.out, System.err);
  }

  /** A command line writing results to {@code out} and messages to {@code err}. */
  public static CommandLine commandLine(OutputStream out, OutputStream err) {
    Main main = new Main();
    main.out = out;
    CommandLine cli = new CommandLine(main);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof NewsgraphException) {
      err.println("newsgraph: error: " + e.getMessage());
    } else {
      err.println("newsgraph: internal error: " + e);
      e.printStackTrace(err);
    }
    err.flush();
    return EXIT_BAD_DATA;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsgraph " + (version == null ? "(development build)" : version)};
    }
  }
}
