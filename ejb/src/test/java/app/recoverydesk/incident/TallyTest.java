package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TallyTest {

    /** A query over {@code rows} ids that honours setMaxResults, as the database does. */
    @SuppressWarnings("unchecked")
    private static TypedQuery<Long> ids(long rows, int[] askedFor) {
        return (TypedQuery<Long>) Proxy.newProxyInstance(TallyTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setMaxResults" -> {
                        askedFor[0] = (Integer) args[0];
                        yield proxy;
                    }
                    case "getResultList" -> LongStream.range(0, Math.min(rows, askedFor[0])).boxed().toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void belowTheCapTheCountIsExact() {
        int[] asked = {Integer.MAX_VALUE};
        assertEquals(new Tally(9_999, true), Tally.of(ids(9_999, asked)));
        assertEquals(new Tally(Tally.CAP, true), Tally.of(ids(Tally.CAP, asked)));
        assertEquals(new Tally(0, true), Tally.of(ids(0, asked)));
    }

    @Test
    void pastTheCapItReadsOneMoreRowAndSaysSo() {
        int[] asked = {Integer.MAX_VALUE};
        assertEquals(new Tally(Tally.CAP, false), Tally.of(ids(1_000_000, asked)));
        assertEquals(Tally.CAP + 1, asked[0], "never reads more than one row past the cap");
    }
}
