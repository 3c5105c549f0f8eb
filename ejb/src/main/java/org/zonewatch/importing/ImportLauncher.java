package org.zonewatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.zonewatch.platform.BatchJobs;

/**
 * Accepts an archive for a bulk import: stores it, inspects it in full, and only then records the import and
 * starts its batch job. A refused archive leaves nothing behind.
 */
@ApplicationScoped
class ImportLauncher {

    private static final int MAX_SOURCE_LENGTH = 500;

    @Inject
    private ImportStore store;

    /** @throws ZipRefusedException when the archive is refused; nothing is stored then */
    ImportView launch(InputStream zip, String source, String startedBy) {
        try {
            Files.createDirectories(ArticleImportJob.archives());
            Path upload = Files.createTempFile(ArticleImportJob.archives(), "upload-", ".zip.part");
            try {
                Files.copy(zip, upload, StandardCopyOption.REPLACE_EXISTING);
                int total;
                try (var archive = ArticleArchive.open(upload, ZipLimits.DEFAULT)) {
                    total = archive.entries().size();
                }
                long id = store.create(shorten(source), total, startedBy, BatchJobs.node());
                Files.move(upload, ArticleImportJob.archive(id), StandardCopyOption.ATOMIC_MOVE);
                ArticleImportJob.start(id);
                return store.find(id).orElseThrow();
            } finally {
                Files.deleteIfExists(upload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes on with a failed or stopped import after its last stored outcome; empty when it is not resumable. */
    Optional<ImportView> resume(long id) {
        if (!store.reopen(id, BatchJobs.node())) {
            return Optional.empty();
        }
        ArticleImportJob.start(id);
        return store.find(id);
    }

    private static String shorten(String source) {
        String name = source == null || source.isBlank() ? "upload.zip" : source.strip();
        return name.length() <= MAX_SOURCE_LENGTH ? name : name.substring(0, MAX_SOURCE_LENGTH - 1) + "…";
    }
}
