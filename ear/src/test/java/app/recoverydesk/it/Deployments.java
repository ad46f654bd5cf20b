package app.recoverydesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application exactly as the build packaged it, so that tests exercise what ships. */
final class Deployments {

    static final String APP = "http://localhost:8080";

    private Deployments() {
    }

    static EnterpriseArchive application() {
        // the application needs its identity provider from the first request on
        Keycloak.awaitRealm();
        File ear = new File(System.getProperty("recovery.ear", "target/recovery-desk.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
