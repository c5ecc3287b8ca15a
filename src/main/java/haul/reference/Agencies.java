package haul.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 45 agencies, found by code or by name in any letter case. */
public final class Agencies {

  private final List<Agency> all;
  private final Map<String, Agency> byCode = new LinkedHashMap<>();
  private final Map<String, Agency> byLowerName = new LinkedHashMap<>();

  Agencies(List<Agency> agencies) {
    this.all = List.copyOf(agencies);
    for (Agency agency : all) {
      byCode.put(agency.code(), agency);
      byLowerName.put(agency.code(), agency);
      byLowerName.put(agency.fullName().toLowerCase(Locale.ROOT), agency);
      byLowerName.putIfAbsent(agency.shortName().toLowerCase(Locale.ROOT), agency);
    }
  }

  /** Every agency in the order of {@code agencies.csv}. */
  public List<Agency> all() {
    return all;
  }

  public Optional<Agency> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The agency with this code, full name or short name, in any letter case and spacing. */
  public Optional<Agency> find(String codeOrName) {
    String key = codeOrName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byLowerName.get(key));
  }

  /** Every accepted spelling (lower case) and the code it means; used to load the store's lookup. */
  public Map<String, String> namesToCodes() {
    Map<String, String> names = new LinkedHashMap<>();
    byLowerName.forEach((name, agency) -> names.put(name, agency.code()));
    return names;
  }

  /**
   * The agencies' full names as a list in prose, in the order given: "Kent Police", "Bedfordshire
   * Police and Hampshire Constabulary", "A, B and C" (the notes, the bulletin and the dashboard name
   * the agencies a total lacks this way).
   */
  public String fullNames(List<String> codes) {
    List<String> names = codes.stream().map(code -> require(code).fullName()).toList();
    return names.size() <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  public Agency require(String code) {
    return byCode(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown agency code: " + code));
  }
}
