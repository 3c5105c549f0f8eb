package org.zonewatch.web.admin;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.indicator.CatalogueChange;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorOverview;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.maintenance.MaintenanceClaimedException;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.web.audit.Audit;
import org.zonewatch.web.report.ReportResource;

/**
 * 管理 · 指标目录: add an indicator, rename it, change its unit, synonyms, dashboard place and report column, or
 * delete it. Every
 * change maps the stored facts again, and the page says how many changed their indicator.
 */
@Named
@ViewScoped
public class CatalogueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's label of each field of a definition, to name the one the catalogue's constraints refuse. */
    private static final Map<String, String> FIELD_LABELS = Map.of("code", "admin.catalogue.code",
            "name", "indicators.name", "category", "admin.catalogue.category", "unit", "fact.unit",
            "synonyms", "admin.catalogue.synonyms", "dashboardPosition", "admin.catalogue.dashboard",
            "reportPosition", "admin.catalogue.reportPosition");

    @Inject
    private IndicatorService indicators;

    @Inject
    private Audit audit;

    @Inject
    private Validator validator;

    private List<IndicatorOverview> overview;

    // The indicator being edited in the dialog
    private boolean editing;
    private boolean adding;
    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}")
    private String code;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 50)
    private String category;
    @NotBlank
    @Size(max = 20)
    private String unit;
    private List<String> synonyms = new ArrayList<>();
    @Min(1)
    @Max(99)
    private Integer dashboardPosition;
    private ReportType report;
    @Min(1)
    @Max(99)
    private Integer reportPosition;

    public List<IndicatorOverview> getOverview() {
        if (overview == null) {
            overview = indicators.overview();
        }
        return overview;
    }

    /** The categories in use, to choose from when editing. */
    public List<String> getCategories() {
        return getOverview().stream().map(o -> o.indicator().category()).distinct().toList();
    }

    /** Suggestions for the category field: the categories in use that contain what was typed. */
    public List<String> completeCategory(String typed) {
        return getCategories().stream().filter(c -> typed == null || c.contains(typed.strip())).toList();
    }

    public void add() {
        editing = true;
        adding = true;
        code = null;
        name = null;
        category = null;
        unit = null;
        synonyms = new ArrayList<>();
        dashboardPosition = null;
        report = null;
        reportPosition = null;
    }

    public void edit(IndicatorDefinition definition) {
        editing = true;
        adding = false;
        code = definition.code();
        name = definition.name();
        category = definition.category();
        unit = definition.unit();
        synonyms = new ArrayList<>(definition.synonyms());
        dashboardPosition = definition.dashboardPosition();
        report = definition.report();
        reportPosition = definition.reportPosition();
    }

    public void save() {
        if (adding && indicators.find(code).isPresent()) {
            message(FacesMessage.SEVERITY_ERROR, "admin.catalogue.exists", code);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if ((report == null) != (reportPosition == null)) {
            message(FacesMessage.SEVERITY_ERROR, "admin.catalogue.reportBoth");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        var definition = new IndicatorDefinition(code.strip(), name.strip(), category.strip(),
                unit.strip(), synonyms.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                dashboardPosition, report, reportPosition);
        // The fields are checked one by one as the form is read, but not each synonym: the catalogue's own
        // constraints, which the API holds a definition to, hold here too, whatever a crafted form posts.
        var violations = validator.validate(definition);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<IndicatorDefinition> violation : violations) {
                String field = violation.getPropertyPath().iterator().next().getName();
                message(FacesMessage.SEVERITY_ERROR, "admin.catalogue.invalid",
                        label(FIELD_LABELS.getOrDefault(field, field)), violation.getMessage());
            }
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            CatalogueChange change = audit.run(AuditAction.CATALOGUE_CHANGE, definition.code(),
                    () -> indicators.define(definition));
            message(FacesMessage.SEVERITY_INFO, "admin.catalogue.saved", name, change.remapping().id());
        } catch (MaintenanceClaimedException claimed) {
            message(FacesMessage.SEVERITY_ERROR, "admin.catalogue.claimed", claimed.claimed().id());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        overview = null;
        editing = false;
    }

    public void close() {
        editing = false;
    }

    public void delete(IndicatorDefinition definition) {
        try {
            audit.runIfPossible(AuditAction.CATALOGUE_DELETE, definition.code(),
                    () -> indicators.remove(definition.code())).ifPresent(change -> message(FacesMessage.SEVERITY_INFO,
                    "admin.catalogue.deleted", definition.name(), change.remapping().id()));
        } catch (MaintenanceClaimedException claimed) {
            message(FacesMessage.SEVERITY_ERROR, "admin.catalogue.claimed", claimed.claimed().id());
        }
        overview = null;
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = new MessageFormat(label(key), faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String label(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
        return labels.containsKey(key) ? labels.getString(key) : key;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public List<String> getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(List<String> synonyms) {
        this.synonyms = synonyms == null ? new ArrayList<>() : new ArrayList<>(synonyms);
    }

    /** The reports an indicator can have a column in. */
    public List<ReportType> getReports() {
        return Stream.of(ReportType.values()).filter(ReportType::hasIndicatorColumns).toList();
    }

    /** The label of a report in the bundle, as the 报表 page names it. */
    public String reportLabelKey(ReportType type) {
        return "reports." + ReportResource.addressName(type);
    }

    public ReportType getReport() {
        return report;
    }

    public void setReport(ReportType report) {
        this.report = report;
    }

    public Integer getReportPosition() {
        return reportPosition;
    }

    public void setReportPosition(Integer reportPosition) {
        this.reportPosition = reportPosition;
    }

    public Integer getDashboardPosition() {
        return dashboardPosition;
    }

    public void setDashboardPosition(Integer dashboardPosition) {
        this.dashboardPosition = dashboardPosition;
    }
}
