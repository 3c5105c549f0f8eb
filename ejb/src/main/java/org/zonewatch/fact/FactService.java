package org.zonewatch.fact;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.indicator.IndicatorCatalogue;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.platform.Roles;

/** Extraction on any text, stored nowhere: for previews and scripts. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class FactService {

    @Inject
    private FactExtractor extractor;

    @Inject
    private IndicatorCatalogue catalogue;

    /** The facts of {@code text}, their periods dated as if it had been published on {@code published}. */
    public FactExtractionView extract(String text, LocalDate published) {
        IndicatorMatcher matcher = catalogue.matcher();
        Extraction extraction = extractor.read(text);
        return new FactExtractionView(extraction.facts().stream()
                .map(fact -> FactView.of(fact, matcher.codeFor(fact.metric(), fact.unit()).orElse(null), published))
                .toList(), extraction.unreadable());
    }
}
