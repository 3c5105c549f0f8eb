package org.zonewatch.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.article.ArticleService;

/**
 * Demo mode: a newcomer's empty database gets the bundled demo articles, so the first page shows real
 * content. Off with {@code -Dzonewatch.demo-data=false}; never touches a database that holds articles.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.EDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    private static final String FOLDER = "demo/articles/";

    @Inject
    private ArticleService articles;

    @PostConstruct
    void importDemoArticles() {
        if (!ZonewatchSettings.demoDataEnabled()) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Demo mode: the demo users admin/admin, editor/editor and viewer/viewer"
                + " can sign in. Remove them before real use (README, \"Users\"); -D{0}=false turns demo mode off.",
                ZonewatchSettings.DEMO_DATA);
        if (articles.count() > 0) {
            return;
        }
        List<String> files = resourceLines(FOLDER + "index.txt");
        for (String file : files) {
            articles.importArticle(resourceBytes(FOLDER + file), file);
        }
        LOG.log(System.Logger.Level.INFO, "Demo mode: imported {0} demo articles into the empty database", files.size());
    }

    private static List<String> resourceLines(String name) {
        try (var reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + name);
        }
        return in;
    }
}
