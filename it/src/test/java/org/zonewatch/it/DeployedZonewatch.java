package org.zonewatch.it;

import java.io.File;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: the real zonewatch.ear that the ear module built, unchanged, deployed to the
 * managed server, and tested from outside as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedZonewatch {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive zonewatch() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("zonewatch.ear")));
    }
}
