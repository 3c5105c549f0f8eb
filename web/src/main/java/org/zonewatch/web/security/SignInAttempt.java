package org.zonewatch.web.security;

import java.time.Instant;

/**
 * One attempt to sign in, fired as a CDI event whatever its outcome, for the audit log. The user name is what the
 * client sent (possibly no user at all); the address is the client's as the server saw it.
 */
public record SignInAttempt(String user, String clientAddress, Outcome outcome, Mechanism mechanism, Instant at) {

    public enum Outcome {
        /** The password was right: signed in. */
        SIGNED_IN,
        /** No such user, or a wrong password. */
        WRONG_CREDENTIALS,
        /** Refused without checking the password: too many recent failures (see {@link SignInThrottle}). */
        THROTTLED,
        /** A demo user's demo password while demo mode is off. */
        DEMO_USER_OFF,
        /** A login form that the application did not hand out (login CSRF), refused before anything else. */
        FORGED
    }

    public enum Mechanism {
        /** The login page. */
        FORM,
        /** HTTP Basic on the REST API. */
        BASIC
    }
}
