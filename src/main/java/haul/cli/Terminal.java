package haul.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard output is an interactive terminal. On JDK 22 and later {@link System#console()}
 * exists even when output is piped, so its {@code isTerminal()} is asked where it exists.
 */
final class Terminal {

  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
