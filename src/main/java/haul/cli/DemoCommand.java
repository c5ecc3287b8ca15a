package haul.cli;

import haul.demo.DemoRun;
import haul.story.QuoteBank;
import java.util.Optional;
import haul.demo.DemoSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code haul demo}: the whole pipeline on the bundled demo data ({@link DemoRun}): calibrated
 * returns, imported into {@code OUT/haul.duckdb}, published into OUT with a story for every agency.
 *
 * <p>Each run starts from an empty OUT. OUT is emptied only when it is empty already or holds the
 * marker file a previous run wrote; any other folder is refused, never deleted.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the bundled demo data (calibrated to the published figures).")
final class DemoCommand implements Callable<Integer> {

  /** The file that marks a folder as a demo output, which the next run may empty. */
  static final String MARKER = ".haul-demo";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "demo-output",
      description = "where to write everything (default: ${DEFAULT-VALUE}); emptied first if a previous demo wrote it")
  Path out;

  @Option(names = "--quotes", paramLabel = "FILE", description = "a quote bank for the stories (as seed-quotes.json)")
  Path quotes;

  @Option(names = "--serve", description = "then serve the API and dashboard over the demo's store (until Ctrl-C)")
  boolean serve;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "the port for --serve (default: ${DEFAULT-VALUE})")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Optional<QuoteBank> bank = CliArguments.quoteBank(quotes);
    startEmpty(out);
    PrintWriter print = spec.commandLine().getOut();
    print.println("haul demo: generating calibrated returns, importing, publishing " + DemoRun.YEAR.label() + "...");
    print.flush();
    DemoRun.Result result = DemoRun.standard().run(out, bank);
    DemoSummary summary = result.returns();
    print.printf(Locale.UK, "%nReturns   %,d files, %,d drug lines in %s%n", summary.files(), summary.rows(), summary.dir());
    summary.events().forEach((year, events) ->
        print.printf(Locale.UK, "          %s  %,7d seizures%n", year.label(), events));
    print.printf(Locale.UK, "Store     %s (%,d rows imported, %d data-quality notes)%n",
        result.store(), result.imported().report().accepted(), result.notes());
    print.printf(Locale.UK, "Edition   %s edition %d, public %s%n", DemoRun.YEAR.label(),
        result.published().edition().number(),
        result.published().edition().publicAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDateTime());
    print.println();
    print.println("Open next:");
    String[][] outputs = {
      {"tables/seizures_by_agency.csv", "tables (CSV, 7 of them)"},
      {haul.publish.Publisher.workbookName(DemoRun.YEAR), "the accessible workbook"},
      {"charts/seizures-over-time.svg", "charts (SVG and PNG)"},
      {"stories/thames-valley.md", "a story per agency (.md, .html, .json)"},
      {"manifest.json", "every file with its sha256"},
    };
    for (String[] output : outputs) {
      print.printf(Locale.UK, "  %-40s %s%n", output[1], out.resolve(output[0]));
    }
    print.println();
    print.println("Try: ./haul story --db " + result.store() + " --year " + DemoRun.YEAR.label() + " --agency kent");
    print.flush();
    if (serve) {
      print.println();
      return ServeCommand.serveUntilStopped(haul.store.Store.open(result.store().toString()), "127.0.0.1", port, print);
    }
    return ExitCode.OK;
  }

  /** Makes {@code dir} an empty demo output, refusing a folder that a demo did not write. */
  private static void startEmpty(Path dir) {
    try {
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw new UserError(ExitCode.USAGE, dir + " is not a folder: choose another --out");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
          empty = entries.findAny().isEmpty();
        }
        if (!empty) {
          if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(
                ExitCode.USAGE,
                dir + " is not empty and was not written by haul demo; choose another --out, or empty it yourself");
          }
          emptyFolder(dir);
        }
      }
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(MARKER), "Written by ./haul demo: the next run empties this folder and writes it again.\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
  }

  /** Deletes what is inside {@code dir}, keeping {@code dir}; links are removed, never followed. */
  private static void emptyFolder(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
            if (failure != null) {
              throw failure;
            }
            if (!folder.equals(dir)) {
              Files.delete(folder);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
