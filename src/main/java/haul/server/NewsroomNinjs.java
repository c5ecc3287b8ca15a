package haul.server;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import haul.reference.Agency;
import haul.store.NewsroomSettings;
import haul.store.NewsroomStatus;
import haul.store.NewsroomStory;
import haul.store.NewsroomVersion;
import haul.store.ServedEdition;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story as an IPTC ninjs 2.2 news item (the schema in {@code ../shared/standards}): uri, type,
 * version, versioncreated, embargoed, pubstatus, language, headlines, bodies (text/plain and
 * text/html), subjects, places, by, located, copyrightnotice and usageterms. {@code usable} once
 * approved, carrying the approved text; {@code withheld} before, or when held, carrying the text the
 * edition generated (already public in the edition's files), never an unapproved edit.
 */
final class NewsroomNinjs {

  static final String MEDIA_TYPE = "application/ninjs+json";

  private NewsroomNinjs() {}

  /** The story's body as HTML: a {@code p} per paragraph, every character escaped. */
  static String html(List<String> body) {
    StringOutput out = new StringOutput();
    for (String paragraph : body) {
      out.writeContent("<p>");
      Escape.htmlContent(paragraph, out);
      out.writeContent("</p>");
    }
    return out.toString();
  }

  /**
   * @param uri the news item's identifier: the public URL of its ninjs
   * @param text the version it carries: the approved one when usable, the generated one when withheld
   * @param embargoed the edition's embargo time, while it applies
   */
  static Map<String, Object> document(String uri, Agency agency, ServedEdition edition, NewsroomStory story,
      NewsroomVersion text, NewsroomVersion first, Optional<Instant> embargoed, NewsroomSettings.Values settings) {
    boolean usable = story.status() == NewsroomStatus.APPROVED;
    Map<String, Object> ninjs = new LinkedHashMap<>();
    ninjs.put("uri", uri);
    ninjs.put("type", "text");
    ninjs.put("version", String.valueOf(text.number()));
    ninjs.put("firstcreated", DateTimeFormatter.ISO_INSTANT.format(first.createdAt()));
    ninjs.put("versioncreated", DateTimeFormatter.ISO_INSTANT.format(text.createdAt()));
    embargoed.ifPresent(at -> ninjs.put("embargoed", DateTimeFormatter.ISO_INSTANT.format(at)));
    ninjs.put("pubstatus", usable ? "usable" : "withheld");
    if (!usable) {
      ninjs.put("ednote", "Not approved by the newsroom (" + story.status().label() + "): do not publish.");
    }
    ninjs.put("language", "en-GB");
    ninjs.put("headlines", List.of(ordered("role", "main", "contenttype", "text/plain", "value", text.headline())));
    String plain = String.join("\n\n", text.body());
    Map<String, Object> plainBody = new LinkedHashMap<>();
    plainBody.put("role", "main");
    plainBody.put("contenttype", "text/plain");
    plainBody.put("charcount", plain.length());
    plainBody.put("wordcount", text.body().stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum());
    plainBody.put("value", plain);
    Map<String, Object> htmlBody = new LinkedHashMap<>();
    htmlBody.put("role", "main");
    htmlBody.put("contenttype", "text/html");
    htmlBody.put("value", html(text.body()));
    ninjs.put("bodies", List.of(plainBody, htmlBody));
    ninjs.put("subjects", List.of(
        ordered("name", "Drug seizures", "literal", "drug-seizures"),
        ordered("name", agency.fullName(), "literal", agency.code(), "rel", "about")));
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("name", areaName(agency));
    place.put("literal", agency.code());
    place.put("rel", "about");
    ninjs.put("places", List.of(place));
    ninjs.put("by", settings.newsroomName());
    ninjs.put("located", areaName(agency));
    ninjs.put("copyrightnotice", "Copyright " + edition.publicAt().atZone(java.time.ZoneOffset.UTC).getYear() + " "
        + settings.copyrightHolder());
    ninjs.put("usageterms", settings.usageTerms());
    return ninjs;
  }

  /** A JSON object with its keys in the order given: name, value, name, value, ... */
  private static Map<String, Object> ordered(String... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** "Thames Valley" for "the Thames Valley": a place's name, without prose's article. */
  static String areaName(Agency agency) {
    String area = agency.areaName();
    return area.startsWith("the ") ? area.substring(4) : area;
  }
}
