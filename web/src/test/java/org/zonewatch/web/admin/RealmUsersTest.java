package org.zonewatch.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmUsersTest {

    @TempDir
    Path folder;

    @Test
    void usersWithTheirRolesAndNoHashes() throws Exception {
        Path users = Files.writeString(folder.resolve("users"), """
                #$REALM_NAME=ApplicationRealm$ This line is used by the add-user utility
                # viewer=0123
                viewer=0a1b2c3d
                admin=ffeeddcc
                nobody=12345678
                """);
        Path roles = Files.writeString(folder.resolve("roles"), """
                # admin=viewer
                admin=admin, editor
                viewer=viewer
                """);
        assertEquals(List.of(new RealmUsers.User("admin", List.of("admin", "editor")),
                new RealmUsers.User("nobody", List.of()),
                new RealmUsers.User("viewer", List.of("viewer"))), RealmUsers.read(users, roles));
    }

    @Test
    void missingFilesMeanNoUsers() {
        assertEquals(List.of(), RealmUsers.read(folder.resolve("none"), folder.resolve("none either")));
    }
}
