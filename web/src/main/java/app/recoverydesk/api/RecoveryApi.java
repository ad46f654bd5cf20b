package app.recoverydesk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Bearer tokens from the identity provider; errors as application/problem+json. */
@ApplicationPath("/api/v1")
public class RecoveryApi extends Application {
}
