package app.recoverydesk.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    /** The server provides the answers' builder; a plain one stands in for it here. */
    @BeforeAll
    static void answers() {
        HealthCheckResponse.setResponseProvider(() -> new HealthCheckResponseBuilder() {
            private String name;
            private boolean up;
            private final Map<String, Object> data = new HashMap<>();

            @Override public HealthCheckResponseBuilder name(String name) { this.name = name; return this; }
            @Override public HealthCheckResponseBuilder withData(String key, String value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder withData(String key, long value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder withData(String key, boolean value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder up() { up = true; return this; }
            @Override public HealthCheckResponseBuilder down() { up = false; return this; }
            @Override public HealthCheckResponseBuilder status(boolean up) { this.up = up; return this; }
            @Override public HealthCheckResponse build() {
                return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                        Optional.of(data));
            }
        });
    }

    @Test
    void aDatabaseThatHangsIsDownWithinTheTimeout_andLaterProbesStartNoMoreQueries() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger connects = new AtomicInteger();
        DataSource hanging = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connects.incrementAndGet();
                        never.await();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        DatabaseReadiness readiness = new DatabaseReadiness(hanging);
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            HealthCheckResponse answer = readiness.call();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
            assertEquals("database", answer.getName());
            assertTrue(millis < DatabaseReadiness.TIMEOUT_SECONDS * 1000 + 500, "answered after " + millis + " ms");
        }
        assertEquals(1, connects.get(), "a probe waits on the stuck query instead of starting another");
        never.countDown();
    }
}
