package haul.cli;

import haul.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code haul info}: what a store holds (schema version, reference data). */
@Command(name = "info", description = "Show what a store holds.", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Store opened = store.open()) {
      var out = spec.commandLine().getOut();
      out.println("store:            " + opened.location());
      out.println("schema version:   " + opened.schemaVersion());
      out.println("reference data:   " + opened.reference().fingerprint().substring(0, 12)
          + " (" + opened.reference().agencies().all().size() + " agencies, "
          + opened.reference().drugs().drugs().size() + " drugs)");
      return ExitCode.OK;
    }
  }
}
