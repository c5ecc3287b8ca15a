package haul.ingest.returns;

import java.nio.file.Path;

/**
 * A return file that passed the whole-file checks, with what loading it needs.
 *
 * @param name the file's name as the user gave it
 * @param columnPositions the header position of each required column, in the loader's order
 * @param shiftFrom records from which the row number offset changes (after quoted line breaks or
 *     blank lines), with the offset from there on in {@code shiftOffset}
 */
record ScannedFile(
    String name,
    Path path,
    String sha256,
    long rows,
    int[] columnPositions,
    int columnCount,
    long[] shiftFrom,
    long[] shiftOffset) {}
