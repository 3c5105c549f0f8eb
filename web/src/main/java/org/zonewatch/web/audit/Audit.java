package org.zonewatch.web.audit;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.audit.AuditTrail;
import org.zonewatch.fact.FactView;
import org.zonewatch.importing.ImportView;

/**
 * Audits what the pages and the API do on behalf of the signed-in user, from the request's address: the action
 * runs, and its entry records how it ended, also when it was refused or failed (the exception goes on).
 */
@RequestScoped
public class Audit {

    @Inject
    private AuditTrail trail;

    @Inject
    private HttpServletRequest request;

    /** Work to audit; it may throw what the caller throws on (an unreadable request body, say). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** Work with no result to speak of. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws E;
    }

    /**
     * @param target what the action is about before it runs; {@code done} says it again from the result (the id of
     *               what was made), for the entry of an action that succeeded
     */
    public <T, E extends Exception> T run(AuditAction action, String target, Work<T, E> work,
                                          Function<? super T, String> done) throws E {
        T result = before(action, target, work);
        record(action, done.apply(result), AuditOutcome.OK);
        return result;
    }

    public <T, E extends Exception> T run(AuditAction action, String target, Work<T, E> work) throws E {
        return run(action, target, work, result -> target);
    }

    public <E extends Exception> void run(AuditAction action, String target, Step<E> work) throws E {
        run(action, target, () -> {
            work.run();
            return target;
        });
    }

    /**
     * What must pass before the action is known in full (the role, the request body): recorded only when it throws,
     * since the action's own entry follows when it does not.
     */
    public <T, E extends Exception> T before(AuditAction action, String target, Work<T, E> work) throws E {
        try {
            return work.get();
        } catch (Exception e) {
            record(action, target, AuditOutcomes.of(e));
            throw e;
        }
    }

    /** An action that answers empty when it is not possible now (nothing to resume): refused then. */
    public <T, E extends Exception> Optional<T> runIfPossible(AuditAction action, String target,
                                                              Work<Optional<T>, E> work) throws E {
        Optional<T> result = before(action, target, work);
        record(action, target, result.isPresent() ? AuditOutcome.OK : AuditOutcome.REFUSED);
        return result;
    }

    /** How the log names a bulk import: its id and its archive. */
    public static String bulkImport(ImportView started) {
        return "import " + started.id() + " (" + started.source() + ")";
    }

    /** How the log names a fact an editor added: its id and its article's. */
    public static String addedFact(FactView fact, long articleId) {
        return "fact " + fact.id() + " (article " + articleId + ")";
    }

    /** How the log names an article: its id, and the file it came from when there is one. */
    public static String article(long id, String fileName) {
        return "article " + id + (fileName == null || fileName.isBlank() ? "" : " (" + fileName.strip() + ")");
    }

    /** An action whose outcome the caller tells, such as a refusal answered without an exception. */
    public void record(AuditAction action, String target, AuditOutcome outcome) {
        trail.record(request.getRemoteUser(), request.getRemoteAddr(), action, target, outcome);
    }
}
