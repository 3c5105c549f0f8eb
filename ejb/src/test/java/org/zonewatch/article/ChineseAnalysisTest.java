package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.zonewatch.article.source.ArticleReader;

/**
 * The analysis chosen for articles, measured on the dev corpus with Lucene itself: a word searched as a phrase of
 * CJK bigrams finds exactly the articles that contain it, and a single character is found among the characters
 * (README, "Search", where the figures are).
 */
class ChineseAnalysisTest {

    /** Terms of the corpus: places, programmes, and pairs whose characters also occur apart. */
    static final List<String> TERMS = List.of("跨境资金池", "外资企业", "朝阳", "两区", "服务业扩大开放",
            "自由贸易试验区", "中关村", "数字经济", "金融", "北京", "外资", "企业", "高质量发展", "营商环境");
    static final List<String> SINGLE_CHARACTERS = List.of("区", "京", "税", "港");
    /** Han characters followed by Latin letters in one word. */
    static final String MIXED = "北京CBD";

    @Test
    void aPhraseOfBigramsFindsExactlyTheArticlesContainingTheTerm() throws IOException {
        var bigrams = analyzer(Fields.BIGRAMS);
        try (var index = new CorpusIndex(bigrams)) {
            for (String term : TERMS) {
                assertEquals(index.containing(term), index.phrase(bigrams, term), term);
            }
            assertFalse(index.containing(MIXED).isEmpty());
            assertEquals(index.containing(MIXED), index.phrase(bigrams, MIXED), MIXED);
        }
    }

    @Test
    void aSingleCharacterIsFoundAmongTheCharacters() throws IOException {
        var characters = analyzer(Fields.CHARACTERS);
        try (var index = new CorpusIndex(characters)) {
            for (String character : SINGLE_CHARACTERS) {
                assertEquals(index.containing(character), index.phrase(characters, character), character);
            }
        }
    }

    @Test
    void fullWidthAndUpperCaseLettersMatchTheirPlainForms() throws IOException {
        var bigrams = analyzer(Fields.BIGRAMS);
        try (var index = new CorpusIndex(bigrams, "ＦＤＩ占比与Ｃｈｉｎａ", "fdi 与 china")) {
            assertEquals(Set.of(0, 1), index.phrase(bigrams, "FDI"));
            assertEquals(Set.of(0, 1), index.phrase(bigrams, "CHINA"));
        }
    }

    /**
     * The alternatives measured, with the figures in the README: bigrams alone find no single character; characters
     * indexed in the same field as the bigrams (Lucene's outputUnigrams) shift the positions after a run of Han
     * characters, so a phrase that goes on past one, such as 北京CBD, is no longer found.
     */
    @Test
    void theAlternativesLoseSingleCharactersOrMixedPhrases() throws IOException {
        var bigrams = analyzer(Fields.BIGRAMS);
        try (var pairs = new CorpusIndex(bigrams); var characters = new CorpusIndex(analyzer(Fields.CHARACTERS));
             var mixed = new CorpusIndex(analyzer(Fields.BIGRAMS_AND_CHARACTERS))) {
            Map<String, String> single = new LinkedHashMap<>();
            for (String character : SINGLE_CHARACTERS) {
                assertEquals(Set.of(), pairs.phrase(bigrams, character), character);
                single.put(character, pairs.containing(character).size() + "");
            }
            for (String term : TERMS) {
                assertEquals(pairs.phrase(bigrams, term), mixed.phrase(bigrams, term), term);
            }
            assertEquals(Set.of(), mixed.phrase(bigrams, MIXED));
            System.out.printf("Index of the dev corpus: bigrams %d bytes, characters %d bytes, both in one field %d"
                    + " bytes; articles with %s: %s; with %s: %d%n", pairs.bytes(), characters.bytes(), mixed.bytes(),
                    SINGLE_CHARACTERS, single, MIXED, pairs.containing(MIXED).size());
        }
    }

    enum Fields {
        BIGRAMS, CHARACTERS, BIGRAMS_AND_CHARACTERS
    }

    /** As {@link ChineseAnalysis} defines them, and the alternative of both in one field. */
    static Analyzer analyzer(Fields fields) throws IOException {
        var builder = CustomAnalyzer.builder().withTokenizer(ChineseAnalysis.Step.STANDARD_TOKENIZER.lucene);
        for (var filter : ChineseAnalysis.NORMALISATION) {
            builder.addTokenFilter(filter.lucene);
        }
        switch (fields) {
            case BIGRAMS -> builder.addTokenFilter(ChineseAnalysis.Step.BIGRAM_FILTER.lucene);
            case CHARACTERS -> {
                // the tokenizer's characters as they are
            }
            case BIGRAMS_AND_CHARACTERS -> builder.addTokenFilter(ChineseAnalysis.Step.BIGRAM_FILTER.lucene, "outputUnigrams",
                    "true");
        }
        return builder.build();
    }

    /** The corpus articles' titles and texts in a Lucene index, one document each, numbered from 0. */
    static final class CorpusIndex implements AutoCloseable {

        private final List<String> texts = new ArrayList<>();
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        private final DirectoryReader reader;

        CorpusIndex(Analyzer analyzer, String... texts) throws IOException {
            if (texts.length == 0) {
                var articleReader = new ArticleReader();
                for (String name : corpusFiles()) {
                    var article = articleReader.read(resource("corpus/articles/" + name), name);
                    this.texts.add(article.title() + "\n" + article.text());
                }
            } else {
                this.texts.addAll(List.of(texts));
            }
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (String text : this.texts) {
                    var document = new Document();
                    document.add(new TextField("body", text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            reader = DirectoryReader.open(directory);
        }

        Set<Integer> containing(String term) {
            Set<Integer> documents = new TreeSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(term)) {
                    documents.add(i);
                }
            }
            return documents;
        }

        Set<Integer> phrase(Analyzer searchAnalyzer, String term) throws IOException {
            Query query = new QueryBuilder(searchAnalyzer).createPhraseQuery("body", term);
            Set<Integer> documents = new TreeSet<>();
            if (query != null) {
                for (ScoreDoc hit : new IndexSearcher(reader).search(query, texts.size()).scoreDocs) {
                    documents.add(hit.doc);
                }
            }
            return documents;
        }

        long bytes() throws IOException {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }

        private static List<String> corpusFiles() throws IOException {
            try (var in = resourceStream("corpus/articles/")) {
                return new String(in.readAllBytes()).lines().filter(name -> name.endsWith(".md")).sorted().toList();
            }
        }

        private static byte[] resource(String name) {
            try (var in = resourceStream(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resourceStream(String name) {
            var in = ChineseAnalysisTest.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return in;
        }
    }
}
