package haul.cli;

import haul.store.IssuedToken;
import haul.store.Store;
import haul.store.TokenInfo;
import haul.store.TokenRole;
import haul.store.Tokens;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code haul token create|list|revoke}: the API tokens of {@code haul serve}. */
@Command(
    name = "token",
    description = "Create, list and revoke the API tokens of haul serve.",
    mixinStandardHelpOptions = true,
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Holder {
    @Option(names = "--agency", paramLabel = "CODE", description = "a token that submits returns for this agency only")
    String agency;

    @Option(names = "--editor", description = "a newsroom editor's token: signs in to review, edit and approve stories,"
        + " with pre-release access (every view recorded)")
    boolean editor;

    @Option(names = "--admin", description = "a token for the statistics team: publish, tokens, pre-release reads")
    boolean admin;
  }

  @Command(
      name = "create",
      description = "Create a token and print it once, on standard output; the store keeps only its SHA-256.",
      mixinStandardHelpOptions = true)
  static final class Create implements java.util.concurrent.Callable<Integer> {
    @Mixin StoreOption store;
    @ArgGroup(exclusive = true, multiplicity = "1") Holder holder;

    @Option(names = "--name", paramLabel = "NAME", description = "who holds it, such as \"A. Editor\" (default: the agency"
        + " code or the role); recorded beside what they approve")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Store opened = store.open()) {
        Optional<String> agency = Optional.empty();
        if (holder.agency != null) {
          agency = Optional.of(
              opened.reference().agencies().find(holder.agency)
                  .orElseThrow(() -> new UserError(ExitCode.USAGE,
                      "no agency is called '" + holder.agency + "': use a code of agencies.csv, such as kent"))
                  .code());
        }
        TokenRole role = holder.agency != null ? TokenRole.AGENCY : holder.editor ? TokenRole.EDITOR : TokenRole.ADMIN;
        String holderName = name == null ? agency.orElse(role.label()) : name.strip();
        if (holderName.isEmpty() || holderName.length() > 100 || holderName.chars().anyMatch(Character::isISOControl)) {
          throw new UserError(ExitCode.USAGE, "--name must be 1 to 100 characters with no control characters");
        }
        IssuedToken issued = new Tokens(opened).issue(role, agency, holderName, Instant.now());
        spec.commandLine().getErr().println(
            "haul: token " + issued.info().id() + " for " + issued.info().holder()
                + " (shown once: the store keeps only its hash; send it as 'Authorization: Bearer TOKEN')");
        spec.commandLine().getOut().println(issued.secret());
        return ExitCode.OK;
      }
    }
  }

  @Command(name = "list", description = "List tokens: id, holder, name, created, revoked.", mixinStandardHelpOptions = true)
  static final class ListTokens implements java.util.concurrent.Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Store opened = store.open()) {
        List<TokenInfo> tokens = new Tokens(opened).all();
        var out = spec.commandLine().getOut();
        out.printf("%-4s %-28s %-24s %-21s %s%n", "id", "holder", "name", "created", "revoked");
        for (TokenInfo token : tokens) {
          out.printf("%-4d %-28s %-24s %-21s %s%n", token.id(), token.holder(), token.name(), TIME.format(token.createdAt()),
              token.revokedAt().map(TIME::format).orElse("-"));
        }
        return ExitCode.OK;
      }
    }
  }

  @Command(name = "revoke", description = "Revoke a token by its id; it stops working at once.", mixinStandardHelpOptions = true)
  static final class Revoke implements java.util.concurrent.Callable<Integer> {
    @Mixin StoreOption store;
    @Parameters(paramLabel = "ID", description = "the token's id, as token list prints it") long id;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Store opened = store.open()) {
        TokenInfo token = new Tokens(opened).revoke(id, Instant.now())
            .orElseThrow(() -> new UserError(ExitCode.USAGE, "no token has the id " + id + ": see haul token list"));
        spec.commandLine().getOut().println(
            "token " + token.id() + " (" + token.holder() + ") revoked at " + TIME.format(token.revokedAt().orElseThrow()));
        return ExitCode.OK;
      }
    }
  }
}
