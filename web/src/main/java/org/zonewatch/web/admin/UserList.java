package org.zonewatch.web.admin;

import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * 管理 · 用户与角色, read-only: users are managed with WildFly's add-user.sh (README, "Users"), which this page
 * tells the admin, rather than by the application.
 */
@Named
@RequestScoped
public class UserList {

    private List<RealmUsers.User> users;

    public List<RealmUsers.User> getUsers() {
        if (users == null) {
            Path configuration = getConfigurationDirectory();
            users = RealmUsers.read(configuration.resolve("application-users.properties"),
                    configuration.resolve("application-roles.properties"));
        }
        return users;
    }

    /** Where the server keeps the ApplicationRealm's files. */
    public Path getConfigurationDirectory() {
        return Path.of(System.getProperty("jboss.server.config.dir", "."));
    }
}
