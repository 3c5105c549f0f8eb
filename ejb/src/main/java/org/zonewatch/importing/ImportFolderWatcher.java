package org.zonewatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.audit.AuditTrail;
import org.zonewatch.platform.BatchJobs;
import org.zonewatch.platform.ZonewatchSettings;

/**
 * Imports what is dropped into {@code <zonewatch.data.dir>/import/}: a {@code .md} file at once, a {@code .zip}
 * as a bulk import (a batch job). Polls every five seconds on every node; {@link ImportFolder} makes sure a file
 * is taken by one node only.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportFolderWatcher {

    private static final String STARTED_BY = "导入文件夹";

    private static final System.Logger LOG = System.getLogger(ImportFolderWatcher.class.getName());

    @Inject
    private ArticleFileImporter articles;

    @Inject
    private ImportLauncher imports;

    @Inject
    private AuditTrail audit;

    private ImportFolder folder;

    @PostConstruct
    void prepare() {
        folder = new ImportFolder(folder(), BatchJobs.node());
        folder.prepare();
        LOG.log(System.Logger.Level.INFO, "Importing .md and .zip files dropped into {0}", folder.folder());
    }

    /** {@code <zonewatch.data.dir>/import/}, the folder watched. */
    public static Path folder() {
        return ZonewatchSettings.dataDirectory().resolve("import");
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        for (Path file : folder.take(Instant.now())) {
            importFile(file);
        }
    }

    private void importFile(Path file) {
        String name = file.getFileName().toString();
        String type = name.toLowerCase(Locale.ROOT);
        try {
            if (type.endsWith(".md")) {
                importArticle(file, name);
            } else if (type.endsWith(".zip")) {
                importArchive(file, name);
            } else {
                folder.failed(file, "不支持的文件类型 / only .md and .zip files are imported");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not import " + name + " from the import folder", e);
            audit.record(AuditTrail.SYSTEM, null, type.endsWith(".md") ? AuditAction.ARTICLE_IMPORT
                    : AuditAction.IMPORT_BULK, name, AuditOutcome.FAILED);
            folder.failed(file, "导入出错 / the import failed: " + e);
        }
    }

    private void importArchive(Path file, String name) throws IOException {
        ImportView started;
        try (InputStream zip = Files.newInputStream(file)) {
            started = imports.launch(zip, name, STARTED_BY);
        } catch (ZipRefusedException refused) {
            audit.record(AuditTrail.SYSTEM, null, AuditAction.IMPORT_BULK, name, AuditOutcome.REFUSED);
            folder.failed(file, refused.getMessage());
            return;
        }
        LOG.log(System.Logger.Level.INFO, ImportLog.prefix(started.id()) + "started from the import folder: {0}", name);
        audit.record(AuditTrail.SYSTEM, null, AuditAction.IMPORT_BULK, "import " + started.id() + " (" + name + ")",
                AuditOutcome.OK);
        folder.done(file);
    }

    private void importArticle(Path file, String name) throws IOException {
        long maxBytes = ZipLimits.DEFAULT.maxEntryBytes();
        if (Files.size(file) > maxBytes) {
            audit.record(AuditTrail.SYSTEM, null, AuditAction.ARTICLE_IMPORT, name, AuditOutcome.REFUSED);
            folder.failed(file, "文件过大 / the file is larger than " + maxBytes + " bytes");
            return;
        }
        var outcome = articles.importFile(name, Files.readAllBytes(file), ImportLog.FOLDER);
        if (outcome.outcome() == FileOutcome.REJECTED) {
            audit.record(AuditTrail.SYSTEM, null, AuditAction.ARTICLE_IMPORT, name, AuditOutcome.REFUSED);
            folder.failed(file, outcome.reason());
        } else {
            audit.record(AuditTrail.SYSTEM, null, AuditAction.ARTICLE_IMPORT,
                    "article " + outcome.articleId() + " (" + name + ")", AuditOutcome.OK);
            folder.done(file);
        }
    }
}
