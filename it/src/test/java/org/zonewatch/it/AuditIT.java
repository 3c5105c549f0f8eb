package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The audit log through the API: every state-changing action leaves an entry with the user who did it, what it
 * was about and how it ended, refused ones included, newest first; admins only; bad paging is a 400 naming it.
 */
class AuditIT extends DeployedZonewatch {

    private static final String PATCH = "application/merge-patch+json";

    @Test
    void everyChangeIsInTheLogAsItsUserWithTargetAndOutcomeNewestFirst() {
        var editor = ZonewatchClient.as(base, "editor");
        var viewer = ZonewatchClient.as(base, "viewer");
        var admin = ZonewatchClient.as(base, "admin");

        long article = json(editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString())))
                .getJsonNumber("id").longValue();
        // 新设外资企业 563家, a single value (FactCorrectionIT corrects it too).
        long fact = json(editor.get("api/articles/" + article)).getJsonArray("facts").getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("metric").equals("新设外资企业")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(403, viewer.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString())).statusCode());
        assertEquals(200, editor.patch("api/facts/" + fact, PATCH, "{\"value\": 564}").statusCode());
        assertEquals(200, editor.patch("api/facts/" + fact, PATCH, "{\"rejected\": true}").statusCode());
        assertEquals(200, editor.patch("api/facts/" + fact, PATCH, "{\"rejected\": false}").statusCode());
        assertEquals(403, viewer.patch("api/facts/" + fact, PATCH, "{\"value\": 565}").statusCode());
        var added = editor.post("api/articles/" + article + "/facts", "application/json",
                "{\"metric\": \"审计测试\", \"value\": 3, \"unit\": \"家\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, added.statusCode(), added.body());
        long addedFact = json(added).getJsonNumber("id").longValue();
        var zip = editor.postZip(ArticleZips.zip(Map.of("audit-" + UUID.randomUUID() + ".md",
                ArticleApiIT.freshArticle(UUID.randomUUID().toString()))));
        assertEquals(202, zip.statusCode(), zip.body());
        long importId = json(zip).getJsonNumber("id").longValue();
        String code = "AUDIT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals(202, admin.changeIndicator(code,
                "{\"name\": \"审计指标\", \"category\": \"测试\", \"unit\": \"家\"}").statusCode());
        assertEquals(202, admin.changeIndicator(code, null).statusCode());
        assertEquals(202, admin.post("api/admin/search-index", "application/json", new byte[0]).statusCode());
        assertEquals(204, admin.delete("api/articles/" + article).statusCode());
        assertEquals(404, admin.delete("api/articles/" + article).statusCode());

        List<JsonObject> log = page(admin, "size=200");
        int imported = indexOf(log, "article.import", "editor", "article " + article, "ok");
        int refusedImport = indexOf(log, "article.import", "viewer", null, "refused");
        int corrected = indexOf(log, "fact.correct", "editor", "fact " + fact, "ok");
        int rejected = indexOf(log, "fact.reject", "editor", "fact " + fact, "ok");
        int restored = indexOf(log, "fact.restore", "editor", "fact " + fact, "ok");
        int refusedCorrection = indexOf(log, "fact.correct", "viewer", "fact " + fact, "refused");
        int add = indexOf(log, "fact.add", "editor", "fact " + addedFact + " (article " + article + ")", "ok");
        int bulk = indexOf(log, "import.bulk", "editor", "import " + importId + " (upload.zip)", "ok");
        int changed = indexOf(log, "catalogue.change", "admin", code, "ok");
        int deleted = indexOf(log, "catalogue.delete", "admin", code, "ok");
        int rebuilt = indexOf(log, "search-index.rebuild", "admin", "search index", "ok");
        int articleDeleted = indexOf(log, "article.delete", "admin", "article " + article, "ok");
        int deletedAgain = indexOf(log, "article.delete", "admin", "article " + article, "refused");
        // Newest first: each entry stands before the one of the action done just before it.
        List<Integer> order = List.of(deletedAgain, articleDeleted, rebuilt, deleted, changed, bulk, add,
                refusedCorrection, restored, rejected, corrected, refusedImport, imported);
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1) < order.get(i), "newest first: " + order);
        }
        JsonObject entry = log.get(imported);
        assertTrue(entry.getString("at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), entry.toString());
        assertTrue(entry.getString("address").startsWith("127."), entry.toString());
    }

    @Test
    void signInsAreAuditedWithTheirOutcome() {
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(401, new ZonewatchClient(base, stranger, "guess").get("api/articles").statusCode());

        var admin = ZonewatchClient.as(base, "admin");
        indexOf(page(admin, "size=200&action=sign-in&user=" + stranger), "sign-in", stranger, "basic", "failed");
    }

    @Test
    void reprocessingIsAuditedAndASecondStartIsRefused() {
        var admin = ZonewatchClient.as(base, "admin");
        admin.awaitMaintenance();
        var started = admin.post("api/admin/reprocess", "application/json", new byte[0]);
        assertEquals(202, started.statusCode(), started.body());
        long run = json(started).getJsonNumber("id").longValue();
        var again = admin.post("api/admin/reprocess", "application/json", new byte[0]);
        List<JsonObject> log = page(admin, "size=20&action=reprocess.start");
        indexOf(log, "reprocess.start", "admin", "maintenance run " + run, "ok");
        if (again.statusCode() == 409) {
            indexOf(log, "reprocess.start", "admin", "all articles", "refused");
        }
        admin.awaitMaintenance();
    }

    @Test
    void pagesAreOfTheSizeAskedAndFollowEachOther() {
        var admin = ZonewatchClient.as(base, "admin");
        for (int i = 0; i < 3; i++) {
            ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        }
        JsonObject first = json(admin.get("api/admin/audit?page=0&size=2"));
        JsonObject second = json(admin.get("api/admin/audit?page=1&size=2"));
        JsonObject both = json(admin.get("api/admin/audit?page=0&size=4"));
        assertTrue(first.getJsonNumber("total").longValue() >= 3, first.toString());
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(both.getJsonArray("items").subList(0, 2), first.getJsonArray("items"));
        assertEquals(both.getJsonArray("items").subList(2, 4), second.getJsonArray("items"));
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (String user : List.of("viewer", "editor")) {
            var answer = ZonewatchClient.as(base, user).get("api/admin/audit?page=-1");
            assertEquals(403, answer.statusCode(), user);
            assertEquals("forbidden", json(answer).getString("error"));
        }
        assertEquals(401, ZonewatchClient.anonymous(base).get("api/admin/audit").statusCode());
    }

    @Test
    void badPageOrSizeIsA400NamingTheParameter() {
        var admin = ZonewatchClient.as(base, "admin");
        Map<String, String> asked = Map.of("page=-1", "page", "page=x", "page", "size=0", "size", "size=201", "size",
                "action=nothing", "action");
        asked.forEach((query, parameter) -> {
            var answer = admin.get("api/admin/audit?" + query);
            assertEquals(400, answer.statusCode(), query);
            JsonObject error = json(answer);
            assertEquals("bad-request", error.getString("error"), query);
            assertTrue(error.getString("detail").contains("Parameter " + parameter), error.toString());
        });
        assertEquals(200, admin.get("api/admin/audit?size=200").statusCode());
    }

    static List<JsonObject> page(ZonewatchClient admin, String query) {
        var answer = admin.get("api/admin/audit?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Where the newest entry of this action, user, target (any, for null) and outcome stands in the log. */
    static int indexOf(List<JsonObject> log, String action, String user, String target, String outcome) {
        for (int i = 0; i < log.size(); i++) {
            JsonObject entry = log.get(i);
            if (entry.getString("action").equals(action) && entry.getString("user").equals(user)
                    && entry.getString("outcome").equals(outcome)
                    && (target == null || target.equals(entry.isNull("target") ? null : entry.getString("target")))) {
                return i;
            }
        }
        throw new AssertionError("no " + action + " by " + user + " on " + target + " " + outcome + " in " + log);
    }
}
