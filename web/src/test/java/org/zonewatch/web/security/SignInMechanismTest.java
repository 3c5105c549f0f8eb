package org.zonewatch.web.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The pure parts of the mechanism: reading Basic credentials, comparing tokens, the demo users. */
class SignInMechanismTest {

    private static String basic(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsSplitAtTheFirstColon() {
        assertArrayEquals(new String[] {"editor", "pa:ss"}, SignInMechanism.basicCredentials(basic("editor:pa:ss")));
        assertArrayEquals(new String[] {"编辑", "密码"}, SignInMechanism.basicCredentials(basic("编辑:密码")));
        assertNull(SignInMechanism.basicCredentials(basic("no-colon")));
        assertNull(SignInMechanism.basicCredentials(basic(":password")));
        assertNull(SignInMechanism.basicCredentials("%%%"));
    }

    @Test
    void tokensMatchOnlyWhenBothArePresentAndEqual() {
        assertTrue(SignInMechanism.tokenMatches("abc", "abc"));
        assertFalse(SignInMechanism.tokenMatches("abc", "abd"));
        assertFalse(SignInMechanism.tokenMatches(null, "abc"));
        assertFalse(SignInMechanism.tokenMatches("abc", null));
        assertFalse(SignInMechanism.tokenMatches(null, null));
    }

    @Test
    void demoCredentialsAreTheDemoNamesWithThemselvesAsPassword() {
        assertTrue(DemoUsers.isDemoCredential("admin", "admin"));
        assertTrue(DemoUsers.isDemoCredential("viewer", "viewer"));
        assertFalse(DemoUsers.isDemoCredential("admin", "a real password"));
        assertFalse(DemoUsers.isDemoCredential("alice", "alice"));
    }
}
