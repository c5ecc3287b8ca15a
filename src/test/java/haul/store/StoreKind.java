package haul.store;

/** The two kinds of store a parameterised test runs against. */
public enum StoreKind {
  DUCKDB,
  POSTGRESQL
}
