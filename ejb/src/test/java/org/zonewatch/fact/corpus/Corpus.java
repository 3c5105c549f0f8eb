package org.zonewatch.fact.corpus;

import java.util.List;

import org.zonewatch.article.source.ArticleReader;

/** The development corpus on the test classpath: one entry per article stem. */
public final class Corpus {

    public static final List<String> STEMS = List.of(
            "000_ea2ff09fc72f7686", "001_801c63067a1f17de", "002_c42a960bda9359fd", "003_452fa96aef9fb18b",
            "004_480cf9d718edaede", "005_7d6057607237d2bc", "006_b5a335ae8164939c", "007_ce8f70f2144287b4",
            "008_8d9160303d48c4d1", "009_91bf05bf4caff830", "010_51f2cd52d07152d3", "011_20564c5d617e462a");

    private Corpus() {
    }

    private static final ArticleReader READER = new ArticleReader();

    /** The cleaned text exactly as an import produces it. */
    public static String cleanedText(String stem) {
        return READER.read(Resources.bytes("corpus/articles/" + stem + ".md"), stem + ".md").text();
    }

    public static String goldJson(String stem) {
        return Resources.text("corpus/articles/" + stem + ".gold.json");
    }
}
