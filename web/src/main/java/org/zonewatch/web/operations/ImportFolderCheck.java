package org.zonewatch.web.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.zonewatch.importing.ImportFolderWatcher;

/**
 * Ready only when the import folder can take files: the watcher moves every file it imports, and bulk imports keep
 * their archives beside it (on a cluster a shared folder, which is the first thing to go missing).
 */
@Readiness
@ApplicationScoped
public class ImportFolderCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Path folder = ImportFolderWatcher.folder();
        return HealthCheckResponse.named("import-folder")
                .status(Files.isDirectory(folder) && Files.isWritable(folder))
                .withData("path", folder.toString()).build();
    }
}
