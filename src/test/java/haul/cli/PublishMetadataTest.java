package haul.cli;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import haul.store.ReleaseMetadataRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code haul publish --metadata FILE}: the release's metadata kept in the store and printed in its files. */
class PublishMetadataTest {

  private static final String METADATA = """
      {"year": "2021/22", "title": "Seizures of drugs in England and Wales, year ending March 2022",
       "producer": "Home Office", "source": "Source: Home Office, Seizures of drugs in England and Wales",
       "contact": "crimestats@example.gov.uk", "statistics_type": "Official statistics",
       "release_at": "2023-04-20T09:30", "next_release": "2024-04-18", "licence": "Open Government Licence v3.0"}
      """;

  @TempDir Path dir;
  private String db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void returns() {
    db = dir.resolve("haul.duckdb").toString();
    try (Store store = Store.open(db)) {
      new SeizureFixture(store).seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"));
    }
  }

  private int haul(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String content(Path ods) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(ods)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no content.xml");
  }

  @Test
  void theStoriesSayWhoseFiguresTheyAreByTheAttributionOrElseTheProducer() throws Exception {
    Path producerOnly = Files.writeString(dir.resolve("release.json"), METADATA);
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", dir.resolve("out").toString(), "--metadata",
        producerOnly.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("out/stories/kent.md")))
        .contains("Kent Police made 1 drug seizure in the year to March 2022, according to figures from the Home Office.");

    Path attributed = Files.writeString(dir.resolve("attributed.json"),
        METADATA.replace("\"licence\":", "\"attribution\": \"Home Office figures\", \"licence\":"));
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", dir.resolve("again").toString(), "--metadata",
        attributed.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("again/stories/kent.md")))
        .contains("Kent Police made 1 drug seizure in the year to March 2022, according to Home Office figures.");
    try (Store store = Store.open(db)) {
      assertThat(new ReleaseMetadataRepository(store).find(2022).flatMap(m -> m.givenAttribution())).contains("Home Office figures");
    }
    JsonNode manifest = HaulJson.mapper().readTree(dir.resolve("again/manifest.json").toFile());
    assertThat(manifest.path("release").path("attribution").asText()).isEqualTo("Home Office figures");
  }

  @Test
  void aBlankAttributionIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("release.json"),
        METADATA.replace("\"licence\":", "\"attribution\": \" \", \"licence\":"));
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", dir.resolve("out").toString(), "--metadata",
        file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains(file + ": attribution: give it as a string (\"Home Office figures\"), or leave it out");
  }

  @Test
  void theMetadataGoesIntoTheStoreTheCoverAndTheManifest() throws Exception {
    Path file = Files.writeString(dir.resolve("release.json"), METADATA);
    Path folder = dir.resolve("out");
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", folder.toString(), "--metadata",
        file.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(err.toString()).isEmpty();
    try (Store store = Store.open(db)) {
      assertThat(new ReleaseMetadataRepository(store).find(2022)).get()
          .extracting(m -> m.contactEmail()).isEqualTo("crimestats@example.gov.uk");
    }
    assertThat(content(folder.resolve("haul-tables-2021-22.ods")))
        .contains("crimestats@example.gov.uk", "Source: Home Office, Seizures of drugs in England and Wales",
            "Next release: 18 April 2024. Licence: Open Government Licence v3.0.")
        .doesNotContain("No contact was given");
    JsonNode manifest = HaulJson.mapper().readTree(folder.resolve("manifest.json").toFile());
    assertThat(manifest.path("release").path("contact").asText()).isEqualTo("crimestats@example.gov.uk");
    assertThat(manifest.path("release").path("release_at").asText()).isEqualTo("2023-04-20T09:30:00+01:00");
  }

  @Test
  void withoutMetadataThePublishWarnsAndTheCoverSaysNoContactWasGiven() throws Exception {
    Path folder = dir.resolve("out");
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--out", folder.toString())).isEqualTo(ExitCode.OK);
    assertThat(err.toString()).startsWith("warning: no release metadata is held for 2021/22");
    assertThat(content(folder.resolve("haul-tables-2021-22.ods"))).contains("No contact was given with this release");
  }

  @Test
  void aBadMetadataFileIsRefusedWithEveryProblemAndNothingPublished() throws Exception {
    Path file = Files.writeString(dir.resolve("release.json"), """
        {"year": "2020/21", "title": "T", "producer": "P", "source": "S", "contact": "nobody",
         "statistics_type": "Official statistics", "release_at": "20 April", "next_release": "2024-04-18",
         "licence": "OGL", "license": "OGL"}
        """);
    int code = haul("publish", "--db", db, "--year", "2021/22", "--out", dir.resolve("out").toString(), "--metadata",
        file.toString());
    assertThat(code).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains(
        file + ": license: not a metadata field; the fields are title, producer, source, contact,"
            + " statistics_type, release_at, next_release, licence, year, attribution",
        file + ": year: the file is for 2020/21, the release for 2021/22",
        file + ": release_at: '20 April' is not a time: write 2023-04-20T09:30 (UK time)");
    assertThat(dir.resolve("out")).doesNotExist();
    try (Store store = Store.open(db)) {
      assertThat(new ReleaseMetadataRepository(store).find(2022)).isEmpty();
    }
  }
}
