package haul;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages are pipeline stages (DESIGN.md "Architecture"): each uses only those before it.
 * {@code haul.json}, the one JSON configuration, and {@code haul.page}, the one page style, sit outside
 * the stages: any may use them.
 */
class ArchitectureTest {

  private static final JavaClasses HAUL =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("haul");

  @Test
  void stagesDependOnlyOnEarlierStages() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("reference").definedBy("haul.reference..")
        .layer("store").definedBy("haul.store..")
        .layer("ingest").definedBy("haul.ingest..")
        .layer("stats").definedBy("haul.stats..")
        .layer("story").definedBy("haul.story..")
        .layer("publish").definedBy("haul.publish..")
        .layer("server").definedBy("haul.server..")
        .layer("demo").definedBy("haul.demo..")
        .layer("cli").definedBy("haul.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("demo").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("server").mayOnlyBeAccessedByLayers("demo", "cli")
        .whereLayer("publish").mayOnlyBeAccessedByLayers("server", "demo", "cli")
        .whereLayer("story").mayOnlyBeAccessedByLayers("publish", "server", "demo", "cli")
        .whereLayer("stats").mayOnlyBeAccessedByLayers("story", "publish", "server", "demo", "cli")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("stats", "story", "publish", "server", "demo", "cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("ingest", "stats", "story", "publish", "server", "demo", "cli")
        .allowEmptyShould(true)
        .check(HAUL);
  }

  @Test
  void theSharedJsonConfigurationDependsOnNoStage() {
    noClasses()
        .that().resideInAPackage("haul.json..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "haul.reference..", "haul.store..", "haul.ingest..", "haul.stats..", "haul.story..",
            "haul.publish..", "haul.server..", "haul.demo..", "haul.cli..")
        .allowEmptyShould(true)
        .check(HAUL);
  }

  @Test
  void theSharedPageStyleDependsOnNoStage() {
    noClasses()
        .that().resideInAPackage("haul.page..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "haul.reference..", "haul.store..", "haul.ingest..", "haul.stats..", "haul.story..",
            "haul.publish..", "haul.server..", "haul.demo..", "haul.cli..")
        .allowEmptyShould(true)
        .check(HAUL);
  }

  @Test
  void jacksonIsConfiguredOnlyInTheSharedJsonPackage() {
    noClasses()
        .that().resideOutsideOfPackage("haul.json..")
        .should().callConstructor(com.fasterxml.jackson.databind.ObjectMapper.class)
        .orShould().callMethod(com.fasterxml.jackson.databind.json.JsonMapper.class, "builder")
        .allowEmptyShould(true)
        .check(HAUL);
  }

  @Test
  void onlyTheStoreTalksJdbc() {
    noClasses()
        .that().resideOutsideOfPackage("haul.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..")
        .allowEmptyShould(true)
        .check(HAUL);
  }
}
