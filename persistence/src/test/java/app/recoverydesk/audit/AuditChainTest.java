package app.recoverydesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-12-01T10:15:30.123456789Z");

    private static List<AuditChain.Link> chain(int length) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = new AuditEntry(i, prev, T.plusSeconds(i), "anna", "settings.changed", "setting currency",
                    i == 0 ? null : "NOK", "EUR" + i);
            AuditChain.Link link = entry.link();
            links.add(new AuditChain.Link(100 + i, link.seq(), link.at(), link.actor(), link.kind(), link.subject(),
                    link.fromValue(), link.toValue(), link.prevHash(), link.hash()));
            prev = entry.getHash();
        }
        return links;
    }

    private static Optional<AuditChain.Break> walk(List<AuditChain.Link> links, long headSeq, String headHash) {
        AuditChain.Walk walk = new AuditChain.Walk();
        for (AuditChain.Link link : links) {
            if (walk.next(link).isPresent()) {
                break;
            }
        }
        return walk.end(headSeq, headHash);
    }

    private static AuditChain.Link withTo(AuditChain.Link l, String to, boolean rehash) {
        AuditChain.Link changed = new AuditChain.Link(l.id(), l.seq(), l.at(), l.actor(), l.kind(), l.subject(),
                l.fromValue(), to, l.prevHash(), l.hash());
        return rehash ? new AuditChain.Link(l.id(), l.seq(), l.at(), l.actor(), l.kind(), l.subject(), l.fromValue(), to,
                l.prevHash(), changed.computedHash()) : changed;
    }

    @Test
    void theHashCoversEveryFieldJoinedByTheUnitSeparatorWithTheTimeToTheSecondAsStored() {
        AuditEntry entry = new AuditEntry(0, AuditEntry.GENESIS, T, "anna", "location.created", "location 3", null, "Nord");
        assertEquals(String.join("\u001f", "1", "2026-12-01T10:15:30Z", "anna", "location.created", "location 3",
                "null", "Nord", AuditEntry.GENESIS), AuditChain.hashedText(1, entry.getAt(), "anna", "location.created",
                "location 3", null, "Nord", AuditEntry.GENESIS));
        assertEquals(AuditChain.sha256(AuditChain.hashedText(1, entry.getAt(), "anna", "location.created", "location 3",
                null, "Nord", AuditEntry.GENESIS)), entry.getHash());
        assertEquals(entry.getHash(), entry.computedHash());
        assertEquals(64, entry.getHash().length());
    }

    @Test
    void anUnbrokenChainEndingAtItsHeadIsIntact() {
        List<AuditChain.Link> links = chain(4);
        AuditChain.Walk walk = new AuditChain.Walk();
        links.forEach(walk::next);
        assertEquals(Optional.empty(), walk.end(4L, links.get(3).hash()));
        assertEquals(4, walk.count());
        assertEquals(Optional.empty(), new AuditChain.Walk().end(null, null), "a business without entries is intact");
    }

    @Test
    void aChangedValueIsReportedAtItsEntry() {
        List<AuditChain.Link> links = chain(4);
        links.set(1, withTo(links.get(1), "USD", false));
        assertEquals(Optional.of(new AuditChain.Break(2, 101, AuditChain.Problem.CHANGED)),
                walk(links, 4, links.get(3).hash()));
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheLinkOfTheEntryAfterIt() {
        List<AuditChain.Link> links = chain(4);
        links.set(1, withTo(links.get(1), "USD", true));
        assertNotEquals(chain(4).get(1).hash(), links.get(1).hash());
        assertEquals(Optional.of(new AuditChain.Break(3, 102, AuditChain.Problem.LINK_BROKEN)),
                walk(links, 4, links.get(3).hash()));
    }

    @Test
    void aRemovedEntryIsReportedAsMissingBeforeTheNextOne() {
        List<AuditChain.Link> links = chain(4);
        links.remove(1);
        assertEquals(Optional.of(new AuditChain.Break(3, 102, AuditChain.Problem.MISSING_BEFORE)),
                walk(links, 4, links.get(2).hash()));
        List<AuditChain.Link> withoutFirst = chain(3);
        withoutFirst.remove(0);
        assertEquals(AuditChain.Problem.MISSING_BEFORE, walk(withoutFirst, 3, withoutFirst.get(1).hash()).orElseThrow().problem());
    }

    @Test
    void removedLastEntriesDisagreeWithTheHead() {
        List<AuditChain.Link> links = chain(4);
        String head = links.get(3).hash();
        links.remove(3);
        AuditChain.Break broken = walk(links, 4, head).orElseThrow();
        assertEquals(AuditChain.Problem.HEAD_MISMATCH, broken.problem());
        assertEquals(3, broken.seq());
        assertTrue(broken.toString().contains("removed"), broken.toString());
        assertEquals(AuditChain.Problem.HEAD_MISMATCH, walk(List.of(), 4, head).orElseThrow().problem(),
                "every entry removed");
    }
}
