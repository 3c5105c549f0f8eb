package org.zonewatch.health;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Looks up what a check needs when it runs: the health subsystem calls checks outside any component. */
final class Probe {

    private Probe() {
    }

    static <T> T lookup(String name) throws NamingException {
        return InitialContext.doLookup(name);
    }
}
