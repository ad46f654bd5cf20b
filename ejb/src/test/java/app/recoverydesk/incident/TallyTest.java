package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void upToTheCapTheCountIsExact() {
        assertEquals(new Tally(999, true), Tally.of(999));
        assertEquals(new Tally(Tally.CAP, true), Tally.of(Tally.CAP));
        assertEquals(new Tally(0, true), Tally.of(0));
    }

    @Test
    void pastTheCapItSaysSo() {
        assertEquals(new Tally(Tally.CAP, false), Tally.of(Tally.CAP + 1));
    }

    @Test
    void theDatabaseStopsCountingOnePastTheCap() {
        assertEquals("select count(*) from (select i.id as id from Incident i where i.severity = :s"
                + " order by i.tenantId limit 1001) capped",
                Tally.countOf("from Incident i where i.severity = :s"));
    }
}
