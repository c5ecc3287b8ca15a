package haul.cli;

import haul.store.ExportedTable;
import haul.store.ParquetRestore;
import haul.store.RestoreRefusedException;
import haul.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code haul restore}: reads a haul export into an empty store, DuckDB or PostgreSQL. */
@Command(
    name = "restore",
    description = "Read a folder written by haul export into an empty store (a new DuckDB file or PostgreSQL schema).",
    mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a folder written by haul export")
  Path folder;

  @Override
  public Integer call() {
    List<ExportedTable> tables;
    String location;
    try (Store opened = store.open()) {
      location = opened.location();
      tables = ParquetRestore.restore(opened, folder);
    } catch (RestoreRefusedException e) {
      throw new UserError(ExitCode.REJECTED, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("restored " + folder + " into " + location + ": " + TableLines.summary(tables));
    TableLines.print(tables, out);
    out.flush();
    return ExitCode.OK;
  }
}
