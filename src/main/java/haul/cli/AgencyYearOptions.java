package haul.cli;

import haul.reference.FinancialYear;
import haul.store.Store;
import picocli.CommandLine.Option;

/** The {@code --year} and {@code --agency} options of the commands about one agency's year. */
final class AgencyYearOptions {

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "financial year, such as 2021/22")
  String year;

  @Option(names = "--agency", required = true, paramLabel = "CODE", description = "agency code, such as thames-valley")
  String agency;

  FinancialYear year() {
    return CliArguments.year(year);
  }

  /** The agency code, checked against the store's reference data. */
  String agency(Store store) {
    CliArguments.agency(store, agency);
    return agency;
  }
}
