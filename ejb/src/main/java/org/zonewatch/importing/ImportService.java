package org.zonewatch.importing;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.platform.Roles;

/** The facade the pages and the API use for bulk imports. Returns views, never entities. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ImportService {

    @Resource
    private SessionContext session;

    @Inject
    private ImportLauncher launcher;

    @Inject
    private ImportStore store;

    /**
     * Accepts a zip of article files and starts importing it in the background.
     *
     * @param source the archive's file name, as the uploader knows it
     * @throws ZipRefusedException when the archive is unsafe or unreadable; nothing is stored then
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(InputStream zip, String source) {
        return launcher.launch(zip, source, session.getCallerPrincipal().getName());
    }

    /**
     * Goes on with an import that failed or was stopped (the database was unavailable, say), after the last
     * entry with a stored outcome.
     *
     * @return empty when the import is not resumable: unknown, running or completed
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ImportView> resume(long id) {
        return launcher.resume(id);
    }

    /** The import with the outcome of every file so far. */
    public Optional<ImportView> find(long id) {
        return store.find(id);
    }

    /** The latest imports, newest first, without their files. */
    public List<ImportView> recent(int max) {
        return store.recent(max);
    }
}
