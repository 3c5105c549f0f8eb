package org.zonewatch.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment under test is the real zonewatch.ear that the ear module built, unchanged. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive zonewatch() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("zonewatch.ear")));
    }
}
