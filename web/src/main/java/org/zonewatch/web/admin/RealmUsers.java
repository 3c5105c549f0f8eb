package org.zonewatch.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users of WildFly's ApplicationRealm and their roles, read from its two properties files (names only, never
 * the password hashes). Pure: the caller says where the files are.
 */
public final class RealmUsers {

    /** A user with the roles given to them, in the file's order. */
    public record User(String name, List<String> roles) {
    }

    private RealmUsers() {
    }

    /** Every user of the users file, by name, with the roles the roles file gives them (none if it gives none). */
    public static List<User> read(Path usersFile, Path rolesFile) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        entries(rolesFile).forEach((user, value) -> roles.put(user, Arrays.stream(value.split(","))
                .map(String::strip).filter(role -> !role.isEmpty()).toList()));
        List<User> users = new ArrayList<>();
        entries(usersFile).keySet().stream().sorted()
                .forEach(user -> users.add(new User(user, roles.getOrDefault(user, List.of()))));
        return users;
    }

    /** name=value lines; comments (#, !) and blank lines skipped, as java.util.Properties would. */
    private static Map<String, String> entries(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.isReadable(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                int equals = entry.indexOf('=');
                if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!") || equals <= 0) {
                    continue;
                }
                entries.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
