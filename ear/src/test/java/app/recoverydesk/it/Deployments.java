package app.recoverydesk.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The application exactly as the build packaged it, deployed once for the whole run: put into the server's
 * deployments folder before Arquillian starts the server, so that it deploys while the server boots. Deploying it
 * again for every test class cost seconds each and tested nothing one deployment does not.
 */
public final class Deployments implements LoadableExtension {

    static final String APP = "http://localhost:8080";
    private static final Path FOLDER = Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "deployments");
    private static final Path EAR = Path.of(System.getProperty("recovery.ear", "target/recovery-desk.ear"));

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OnServerStart.class);
    }

    public static final class OnServerStart {

        public void deploy(@Observes BeforeStart event) throws IOException {
            // the application needs its identity provider from the first request on
            Keycloak.awaitRealm();
            for (String marker : new String[] {".deployed", ".failed", ".isdeploying", ".pending", ".undeployed"}) {
                Files.deleteIfExists(FOLDER.resolve(EAR.getFileName() + marker));
            }
            Files.copy(EAR, FOLDER.resolve(EAR.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }

        public void deployed(@Observes AfterStart event) {
            if (!Files.exists(FOLDER.resolve(EAR.getFileName() + ".deployed"))) {
                throw new IllegalStateException("The application did not deploy at boot; see the server's log");
            }
        }
    }
}
