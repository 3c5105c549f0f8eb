package org.zonewatch.indicator;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.zonewatch.report.excel.ReportType;

/** A catalogue entry: an indicator the platform tracks, with the wordings that name it in articles. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String unit;

    @Column(name = "dashboard_position")
    private Integer dashboardPosition;

    @Enumerated(EnumType.STRING)
    private ReportType report;

    @Column(name = "report_position")
    private Integer reportPosition;

    @ElementCollection
    @CollectionTable(name = "indicator_synonym", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderColumn(name = "position")
    @Column(name = "synonym", nullable = false)
    private List<String> synonyms = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    Indicator(IndicatorDefinition definition) {
        this.code = definition.code();
        redefine(definition);
    }

    void redefine(IndicatorDefinition definition) {
        name = definition.name();
        category = definition.category();
        unit = definition.unit();
        dashboardPosition = definition.dashboardPosition();
        report = definition.report();
        reportPosition = definition.reportPosition();
        synonyms.clear();
        synonyms.addAll(definition.synonyms());
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(code, name, category, unit, List.copyOf(synonyms), dashboardPosition,
                report, reportPosition);
    }
}
