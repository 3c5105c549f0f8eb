package org.zonewatch.health;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the import folder can take files: the watcher moves every file it imports, and bulk imports keep
 * their archives beside it (on a cluster a shared folder, which is the first thing to go missing).
 */
@Readiness
@ApplicationScoped
public class ImportFolderCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("import-folder");
        try {
            Path folder = Probe.<ReadinessProbe>lookup(ReadinessProbe.JNDI_NAME).importFolder();
            return response.status(Files.isDirectory(folder) && Files.isWritable(folder))
                    .withData("path", folder.toString()).build();
        } catch (NamingException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
