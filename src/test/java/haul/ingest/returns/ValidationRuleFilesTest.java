package haul.ingest.returns;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.ReturnsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules are data (one file per rule, named by its code): rule files and row codes cannot drift apart. */
class ValidationRuleFilesTest {

  private static final Path RULES = Path.of("src/main/resources/haul/ingest/returns/rules");

  @Test
  void everyRowCodeHasARuleFileAndEveryRuleFileACode() throws Exception {
    List<String> files;
    try (Stream<Path> listed = Files.list(RULES)) {
      files = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> codes = Arrays.stream(ErrorCode.values())
        .filter(c -> c.scope() == ErrorCode.Scope.ROW)
        .map(c -> c.name() + ".sql")
        .sorted()
        .toList();
    assertThat(files).isEqualTo(codes);
  }

  @Test
  void everyRuleSaysWhyAndRowRulesReportAReturnColumn() {
    ValidationRules.Rules rules = ValidationRules.bundled();
    assertThat(rules.row().size() + rules.event().size() + rules.partial().size())
        .isEqualTo(Arrays.stream(ErrorCode.values()).filter(c -> c.scope() == ErrorCode.Scope.ROW).count());
    for (ReturnsLoader.Rule rule : rules.row()) {
      assertThat(ReturnColumns.NAMES).as(rule.code()).contains(rule.column());
      assertThat(rule.sql()).as(rule.code()).isNotBlank().doesNotContain(";");
    }
    for (ReturnsLoader.Rule rule : rules.event()) {
      assertThat(rule.sql()).as(rule.code()).startsWith("SELECT").contains("'" + rule.code() + "'");
    }
    assertThat(rules.partial()).extracting(ReturnsLoader.Rule::code).containsExactly("EVENT_HAS_REJECTED_ROW");
  }
}
