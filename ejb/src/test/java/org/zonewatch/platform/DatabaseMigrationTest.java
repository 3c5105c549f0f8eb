package org.zonewatch.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations as the server runs them, on an H2 database of the test's own. */
class DatabaseMigrationTest {

    @Test
    void anUpgradeFromBeforeTheObservedDayFillsItForTheFactsAlreadyStored() throws SQLException {
        var database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigration.configuration(database).target("9").load().migrate();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            // Published at 00:30 on 28 April in Beijing, still the 27th in UTC.
            statement.executeUpdate("insert into article (id, sha256, title, published_at, body_text, safe_html,"
                    + " imported_at) values (1, 'a', '标题', timestamp with time zone '2021-04-27 16:30:00+00',"
                    + " '正文', '<p>正文</p>', current_timestamp)");
            statement.executeUpdate("insert into fact (id, article_id, position, metric, fact_value, unit,"
                    + " approximate, period_end) values (1, 1, 0, '实际利用外资', 1340000000, '美元', false, null),"
                    + " (2, 1, 1, '新设外资企业', 563, '家', false, date '2021-03-31')");
        }

        var upgrade = DatabaseMigration.configuration(database).load().migrate();

        Map<Long, LocalDate> observedOn = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select id, observed_on from fact order by id")) {
            while (rows.next()) {
                observedOn.put(rows.getLong(1), rows.getObject(2, LocalDate.class));
            }
        }
        assertEquals(Map.of(1L, LocalDate.of(2021, 4, 28), 2L, LocalDate.of(2021, 3, 31)), observedOn,
                "the publication day in Beijing, or the period's end");
        assertEquals(true, upgrade.migrations.stream().anyMatch(m -> m.version.equals("10.1")), "V10_1 ran");
    }

    @Test
    void anUpgradeToSequencesHandsOutIdsAboveThoseStored() throws SQLException {
        var database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sequences-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigration.configuration(database).target("14").load().migrate();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into article (sha256, title, published_at, body_text, safe_html,"
                    + " imported_at) values ('a', '标题', current_timestamp, '正文', '<p>正文</p>', current_timestamp)");
            statement.executeUpdate("insert into article (id, sha256, title, published_at, body_text, safe_html,"
                    + " imported_at) values (120, 'b', '标题', current_timestamp, '正文', '<p>正文</p>', current_timestamp)");
        }

        DatabaseMigration.configuration(database).load().migrate();

        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            long article = nextValue(statement, "article_seq");
            long fact = nextValue(statement, "fact_seq");
            // The pooled optimizer takes the 50 ids up to the value it reads, then the next 50 from the next one.
            assertEquals(170, article, "the first block of ids is 121 to 170");
            assertEquals(220, nextValue(statement, "article_seq"), "blocks of 50");
            assertEquals(50, fact, "an empty table's ids start at 1");
            assertThrows(SQLException.class, () -> statement.executeUpdate("insert into fact_audit (fact_id,"
                    + " article_id, metric, changed_at, changed_by, action_type) values (1, 120, 'm', current_timestamp,"
                    + " 'u', 'ADD')"), "no identity left to take an id from");
        }
    }

    private static long nextValue(Statement statement, String sequence) throws SQLException {
        try (var rows = statement.executeQuery("select next value for " + sequence)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
