package org.zonewatch.platform.migration;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.zonewatch.indicator.DefaultIndicators;
import org.zonewatch.indicator.IndicatorDefinition;

/**
 * Seeds the indicator catalogue from default-indicators.tsv, once: afterwards the catalogue belongs to the
 * admins, and a later start must not bring back what they removed.
 */
public class V2_1__DefaultIndicators extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (PreparedStatement indicator = connection.prepareStatement(
                "insert into indicator (code, name, category, unit) values (?, ?, ?, ?)");
             PreparedStatement synonym = connection.prepareStatement(
                     "insert into indicator_synonym (indicator_code, position, synonym) values (?, ?, ?)")) {
            for (IndicatorDefinition definition : DefaultIndicators.load()) {
                indicator.setString(1, definition.code());
                indicator.setString(2, definition.name());
                indicator.setString(3, definition.category());
                indicator.setString(4, definition.unit());
                indicator.addBatch();
                for (int i = 0; i < definition.synonyms().size(); i++) {
                    synonym.setString(1, definition.code());
                    synonym.setInt(2, i);
                    synonym.setString(3, definition.synonyms().get(i));
                    synonym.addBatch();
                }
            }
            indicator.executeBatch();
            synonym.executeBatch();
        }
    }
}
