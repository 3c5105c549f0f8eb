package org.zonewatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A zonewatch server of the test's own, started from the built server as an administrator starts it (the EAR in
 * {@code deployments/}), on its own ports and data folder ({@code it.crash.*}), so that a test can kill it the hard
 * way, which Arquillian's managed container does not offer. Its console goes to {@code log/console.log} of its base.
 */
final class OwnServer implements AutoCloseable {

    private static final Duration BOOT_PATIENCE = Duration.ofMinutes(10);
    /**
     * Outside demo mode zonewatch refuses the demo users' demo passwords, as in production, so this server's clients
     * sign in as users of its own: {@code crash-editor} and {@code crash-admin}, with this password.
     */
    private static final String PASSWORD = "not-a-demo-password";
    private static final List<String> ROLES = List.of("editor", "admin");

    private final Path base = Path.of(System.getProperty("it.crash.server.base"));
    private final int portOffset = Integer.getInteger("it.crash.port.offset");
    private final Path dataDirectory = Path.of(System.getProperty("it.crash.data.dir"));
    private Process process;

    /** Which database the server of this run has: {@code h2} or {@code postgresql}. */
    static String database() {
        return System.getProperty("it.database");
    }

    URL base() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + portOffset) + "/zonewatch/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** A client signed in with HTTP Basic as this server's user of the role ({@code editor} or {@code admin}). */
    ZonewatchClient as(String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("no user of role " + role);
        }
        return new ZonewatchClient(base(), "crash-" + role, PASSWORD);
    }

    /** Starts the server and returns once zonewatch answers, which takes a while on a busy machine. */
    Duration start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        Instant started = Instant.now();
        addUsers();
        Path home = Path.of(System.getProperty("server.home"));
        var builder = new ProcessBuilder(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.node.name=crash-test",
                "-Dzonewatch.data.dir=" + dataDirectory,
                "-Dzonewatch.demo-data=false"));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Xmx768m -Djava.net.preferIPv4Stack=true");
        try {
            Files.createDirectories(base.resolve("log"));
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                    base.resolve("log/console.log").toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return Duration.between(started, Instant.now());
    }

    /** {@code kill -9} of the server's JVM: nothing of it runs after this, no shutdown hook, no flush. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitEnd();
    }

    /** An orderly shutdown, as Ctrl+C gives. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        awaitEnd();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitEnd() {
        try {
            process.descendants().forEach(p -> p.onExit().join());
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The users of {@link #as}, in the server's ApplicationRealm files, as add-user.sh writes them (once). */
    private void addUsers() {
        Path users = base.resolve("configuration/application-users.properties");
        Path roles = base.resolve("configuration/application-roles.properties");
        try {
            if (Files.readString(users).contains("\ncrash-editor=")) {
                return;
            }
            for (String role : ROLES) {
                String user = "crash-" + role;
                var md5 = MessageDigest.getInstance("MD5")
                        .digest((user + ":ApplicationRealm:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                Files.writeString(users, "\n" + user + "=" + HexFormat.of().formatHex(md5) + "\n",
                        StandardOpenOption.APPEND);
                Files.writeString(roles, "\n" + user + "=" + role + "\n", StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        var editor = as("editor");
        Instant deadline = Instant.now().plus(BOOT_PATIENCE);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended while starting; see " + base.resolve("log/console.log"));
            }
            try {
                if (editor.get("api/imports?size=1").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the port opens a few seconds into the boot
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("zonewatch not ready after " + BOOT_PATIENCE);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
