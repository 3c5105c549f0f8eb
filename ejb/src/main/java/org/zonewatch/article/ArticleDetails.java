package org.zonewatch.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import org.zonewatch.fact.FactView;

/**
 * An article as the API and the pages show it. Field names are those of the corpus specification, so the
 * JSON can be scored as it is; {@code warnings} are the numbers of its text that could not be read whole.
 */
@JsonbPropertyOrder({"id", "title", "originalTitle", "publishedAt", "categories", "author", "editor", "byline",
        "region", "companies", "text", "sha256", "importedAt", "facts", "warnings"})
public record ArticleDetails(long id, String title, String originalTitle, Instant publishedAt, List<String> categories,
                             String author, String editor, String byline, String region, List<CompanyView> companies,
                             String text, @JsonbTransient String safeHtml, String sha256, Instant importedAt,
                             List<FactView> facts, List<String> warnings) implements Serializable {
}
