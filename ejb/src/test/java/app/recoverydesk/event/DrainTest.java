package app.recoverydesk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainTest {

    @Test
    void aCallDuringAPassIsNotLostButRunsOnePassMore_neverTwoAtOnce() throws Exception {
        Drain drain = new Drain();
        AtomicInteger passes = new AtomicInteger();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch nudged = new CountDownLatch(1);
        Runnable pass = () -> {
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            if (passes.incrementAndGet() == 1) {
                inFirstPass.countDown();
                await(nudged);
            }
            atOnce.decrementAndGet();
        };
        Thread first = new Thread(() -> drain.run(pass));
        first.start();
        assertTrue(inFirstPass.await(5, TimeUnit.SECONDS));
        drain.run(pass); // returns at once: the running drain takes it over
        nudged.countDown();
        first.join(5000);
        assertEquals(2, passes.get(), "the nudge during the first pass made exactly one more");
        assertEquals(1, most.get(), "two passes ran at once");
    }

    @Test
    void anAskDuringAPassNeedsNoNewPass_butRunsOneMore_andAnAskWhileIdleNeedsOne() throws Exception {
        Drain drain = new Drain();
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        Runnable pass = () -> {
            if (passes.incrementAndGet() == 1) {
                inFirstPass.countDown();
                await(asked);
            }
        };
        assertTrue(drain.ask(), "idle: the caller has to start a pass");
        Thread first = new Thread(() -> drain.run(pass));
        first.start();
        assertTrue(inFirstPass.await(5, TimeUnit.SECONDS));
        assertFalse(drain.ask(), "a pass runs: it takes the request");
        asked.countDown();
        first.join(5000);
        assertEquals(2, passes.get(), "the ask during the first pass made exactly one more");
        assertTrue(drain.ask(), "idle again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
