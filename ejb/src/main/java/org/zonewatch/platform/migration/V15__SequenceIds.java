package org.zonewatch.platform.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids from sequences instead of identity columns, for every table that had one: Hibernate takes a sequence's ids
 * 50 at a time (pooled), needs no round trip per insert, and can send the inserts of a transaction in batches,
 * which it cannot do when only the insert tells it the id. Each sequence starts above the ids already stored:
 * the pooled optimizer hands out the 50 ids up to the value it reads, so the first value must be at least the
 * highest id plus 50. In Java, since neither database takes a query as a sequence's start.
 */
public class V15__SequenceIds extends BaseJavaMigration {

    /** Table and its sequence, named as the entities' {@code @SequenceGenerator}s name them. */
    private static final Map<String, String> SEQUENCES = Map.of(
            "article", "article_seq",
            "fact", "fact_seq",
            "fact_audit", "fact_audit_seq",
            "import_job", "import_job_seq",
            "import_file", "import_file_seq",
            "maintenance_run", "maintenance_run_seq");

    private static final int ALLOCATION_SIZE = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (var table : SEQUENCES.entrySet()) {
                long highest;
                try (var rows = statement.executeQuery("select coalesce(max(id), 0) from " + table.getKey())) {
                    rows.next();
                    highest = rows.getLong(1);
                }
                statement.execute("create sequence " + table.getValue() + " start with " + (highest + ALLOCATION_SIZE)
                        + " increment by " + ALLOCATION_SIZE);
                // One source of ids: an insert without one fails instead of taking an id the sequence hands out later.
                statement.execute("alter table " + table.getKey() + " alter column id drop identity");
            }
        }
    }
}
