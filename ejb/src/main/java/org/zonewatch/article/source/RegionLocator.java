package org.zonewatch.article.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zonewatch.article.source.Gazetteer.Mention;
import org.zonewatch.article.source.Gazetteer.Region;

/**
 * Decides which administrative area an article is mainly about (SPEC §4, region).
 *
 * <p>Every place name in the title and text is a vote for the region it names; a zone votes for the
 * region containing it. The title weighs most and the lead paragraph more than the rest, as news puts
 * its subject there. A vote for a region also counts for every region containing it. Starting from the
 * whole country, the locator steps down into the region holding more than half of the current region's
 * votes, and stops where no single one does: an article spread over several districts ends at their
 * city or province, one spread over several provinces at no region (null).
 */
public final class RegionLocator {
    private static final int TITLE_WEIGHT = 3;
    private static final int LEAD_WEIGHT = 2;
    private static final int BODY_WEIGHT = 1;

    private final Gazetteer gazetteer;

    RegionLocator(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    /** The locator with the gazetteer shipped in this module, loaded once. */
    public static RegionLocator standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param text the cleaned text, one unit per line; its first line is the lead
     * @return the full official name of the region, or null when none dominates
     */
    public String locate(String title, String text, List<ListedCompany> companies) {
        List<String> companyNames = companies.stream().map(ListedCompany::name).toList();
        int leadEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        Map<Region, Integer> votes = new HashMap<>();
        vote(votes, title, TITLE_WEIGHT, companyNames);
        vote(votes, text.substring(0, leadEnd), LEAD_WEIGHT, companyNames);
        vote(votes, text.substring(leadEnd), BODY_WEIGHT, companyNames);

        Region chosen = Gazetteer.COUNTRY;
        Region majority;
        while ((majority = majorityWithin(chosen, votes)) != null) {
            chosen = majority;
        }
        return chosen == Gazetteer.COUNTRY ? null : chosen.name();
    }

    /**
     * A region named right before a place inside it only qualifies that place (北京 in 北京朝阳区,
     * 北京CBD): it is not a vote of its own.
     */
    private void vote(Map<Region, Integer> votes, String words, int weight, List<String> companyNames) {
        List<Mention> mentions = gazetteer.mentions(words, companyNames);
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean qualifier = next != null && next.start() == mention.end()
                    && mention.region().strictlyContains(next.region());
            if (!qualifier) {
                for (Region region = mention.region(); region != null; region = region.within()) {
                    votes.merge(region, weight, Integer::sum);
                }
            }
        }
    }

    private static Region majorityWithin(Region outer, Map<Region, Integer> votes) {
        int outerVotes = votes.getOrDefault(outer, 0);
        return votes.entrySet().stream()
                .filter(entry -> entry.getKey().within() == outer && entry.getValue() * 2 > outerVotes)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static final class Standard {
        static final RegionLocator INSTANCE = new RegionLocator(Gazetteer.fromClasspath());
    }
}
