package org.zonewatch.fact;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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

    public List<FactView> extract(String text) {
        IndicatorMatcher matcher = catalogue.matcher();
        return extractor.extract(text).stream()
                .map(fact -> FactView.of(fact, matcher.codeFor(fact.metric(), fact.unit()).orElse(null)))
                .toList();
    }
}
