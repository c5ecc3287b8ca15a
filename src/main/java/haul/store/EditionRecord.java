package haul.store;

import java.time.Instant;

/**
 * An edition of a year's release as stored.
 *
 * @param publicAt when it becomes public: embargoed before, public after (until a later edition
 *     supersedes it)
 * @param dataFingerprint SHA-256 of the statistics cube and notes it was made from
 * @param referenceFingerprint SHA-256 of the reference data it was made with
 */
public record EditionRecord(
    int financialYearEnd,
    int number,
    Instant createdAt,
    Instant publicAt,
    String dataFingerprint,
    String referenceFingerprint) {}
