package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows every link of every page {@code haul serve} answers over the demo's release (the
 * dashboard, the bulletin and every story, at both of the story's addresses: the story route and
 * the edition's files) and asserts that none leads nowhere: each {@code href} and {@code src} on
 * the server answers below 400 once redirects are followed. Links are read with the JDK's HTML
 * parser ({@code javax.swing.text.html.parser}), which reads HTML5's unknown elements as tags
 * with their attributes; pages reached are crawled in turn.
 */
class LinkCrawlTest {

  @TempDir Path dir;

  @Test
  void everyLinkOfEveryServedPageResolves() {
    try (TestServer running = DemoEdition.server(dir).start()) {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      URI origin = running.uri("/");
      Deque<URI> pages = new ArrayDeque<>();
      DemoEdition.dashboardPages().forEach(p -> pages.add(running.uri(p)));
      pages.add(running.uri("/api/releases/2021-22/files/bulletin.html"));
      for (Agency agency : ReferenceData.bundled().agencies().all()) {
        pages.add(running.uri("/api/releases/2021-22/stories/" + agency.code() + ".html"));
        pages.add(running.uri("/api/releases/2021-22/files/stories/" + agency.code() + ".html"));
      }
      Set<URI> seen = new LinkedHashSet<>(pages);
      Set<String> broken = new TreeSet<>();
      int crawled = 0;
      while (!pages.isEmpty()) {
        URI page = pages.poll();
        HttpResponse<String> response = get(client, page);
        assertThat(response.statusCode()).as(page.toString()).isEqualTo(200);
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          continue;
        }
        crawled++;
        for (String link : links(response.body())) {
          URI target = response.uri().resolve(link.replace(" ", "%20"));
          if (!sameServer(target, origin)) {
            continue;
          }
          URI withoutFragment = URI.create(target.toString().replaceFirst("#.*$", ""));
          if (seen.add(withoutFragment)) {
            HttpResponse<String> answer = get(client, withoutFragment);
            if (answer.statusCode() >= 400) {
              broken.add(page.getPath() + " -> " + link + " (" + withoutFragment.getPath() + "): " + answer.statusCode());
            } else if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
              pages.add(withoutFragment);
            }
          }
        }
      }
      assertThat(crawled).as("pages crawled").isGreaterThan(140);
      assertThat(broken).as("links that lead nowhere").isEmpty();
    }
  }

  private static boolean sameServer(URI target, URI origin) {
    return ("http".equals(target.getScheme()) || "https".equals(target.getScheme()))
        && origin.getHost().equals(target.getHost()) && origin.getPort() == target.getPort();
  }

  private static HttpResponse<String> get(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code href} and {@code src} in the page, in order. */
  static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    HTMLEditorKit.ParserCallback callback = new HTMLEditorKit.ParserCallback() {
      @Override
      public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
        collect(attributes);
      }

      @Override
      public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
        collect(attributes);
      }

      private void collect(MutableAttributeSet attributes) {
        for (HTML.Attribute name : new HTML.Attribute[] {HTML.Attribute.HREF, HTML.Attribute.SRC}) {
          Object value = attributes.getAttribute(name);
          if (value != null) {
            links.add(value.toString());
          }
        }
      }
    };
    try {
      new ParserDelegator().parse(new StringReader(html), callback, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return links;
  }
}
