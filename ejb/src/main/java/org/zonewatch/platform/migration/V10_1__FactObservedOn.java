package org.zonewatch.platform.migration;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.zonewatch.platform.BeijingDays;

/**
 * Fills {@code fact.observed_on} for the facts stored before V10: the period's end, or the publication day in
 * Beijing. In Java, since the two databases do not share a way to take a day in a given time zone.
 */
public class V10_1__FactObservedOn extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("update fact set observed_on = ? where id = ?")) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("select f.id, f.period_end, a.published_at from fact f"
                    + " join article a on a.id = f.article_id")) {
                int pending = 0;
                while (rows.next()) {
                    Date periodEnd = rows.getDate(2);
                    update.setDate(1, periodEnd != null ? periodEnd
                            : Date.valueOf(BeijingDays.dayOf(rows.getObject(3, OffsetDateTime.class).toInstant())));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                update.executeBatch();
            }
        }
    }
}
