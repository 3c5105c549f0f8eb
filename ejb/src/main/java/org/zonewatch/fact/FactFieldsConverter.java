package org.zonewatch.fact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A set of fields as one column, {@code METRIC,VALUE}: read with its fact, no table and no extra query per fact.
 * Null for none.
 */
@Converter
class FactFieldsConverter implements AttributeConverter<Set<FactField>, String> {

    @Override
    public String convertToDatabaseColumn(Set<FactField> fields) {
        return fields == null || fields.isEmpty() ? null
                : fields.stream().sorted().map(FactField::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FactField> convertToEntityAttribute(String column) {
        Set<FactField> fields = EnumSet.noneOf(FactField.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(FactField::valueOf).forEach(fields::add);
        }
        return fields;
    }
}
