package app.recoverydesk.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.mail.MailPurpose;
import app.recoverydesk.mail.MailTexts;
import app.recoverydesk.mail.OutboundMail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationsTest {

    private static final String LINK = "https://desk.example/feedback/answer.xhtml?t=abc";

    @Test
    void theInvitationIsInTheCustomersLanguage_fromTheBusiness_withTheLink() {
        Invitations.Letter nb = Invitations.letter(MailPurpose.INVITATION, MailTexts.in("nb"), "Bistro Nord", "Kari",
                LINK, "14. desember 2026");
        assertEquals("Bistro Nord: fikk vi rettet det opp?", nb.subject());
        assertTrue(nb.body().startsWith("Hei Kari,") && nb.body().contains(LINK) && nb.body().contains("14. desember 2026")
                && nb.body().endsWith("Bistro Nord"), nb.body());

        Invitations.Letter ru = Invitations.letter(MailPurpose.REMINDER, MailTexts.in("ru"), "Bistro Nord", null, LINK, "14 декабря");
        assertEquals("Bistro Nord: короткое напоминание", ru.subject());
        assertTrue(ru.body().startsWith("Здравствуйте!") && ru.body().contains(LINK), ru.body());
    }

    @Test
    void anApostropheInANameOrBusinessComesThroughAsWritten() {
        Invitations.Letter en = Invitations.letter(MailPurpose.INVITATION, MailTexts.in("en"), "Kari's Café", "O'Brien",
                LINK, "December 14");
        assertEquals("Kari's Café: did we put it right?", en.subject());
        assertTrue(en.body().startsWith("Hello O'Brien,") && en.body().contains("giving Kari's Café the chance"), en.body());
    }

    @Test
    void theDeliveryShownFollowsTheMail_andAnAnswerCrownsASentOne() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        OutboundMail mail = new OutboundMail(1L, MailPurpose.INVITATION, "kari@example.no", "Bistro", "s", "b", now);
        assertEquals(Invitations.Delivery.PENDING, Invitations.delivery(mail, false));
        mail.failed("connection refused", now, Duration.ofSeconds(30), Duration.ofHours(24));
        assertEquals(Invitations.Delivery.RETRYING, Invitations.delivery(mail, false));
        mail.sent(now.plusSeconds(60));
        assertEquals(Invitations.Delivery.SENT, Invitations.delivery(mail, false));
        assertEquals(Invitations.Delivery.ANSWERED, Invitations.delivery(mail, true));
        assertEquals(null, mail.getBody(), "a sent invitation keeps its live link");

        OutboundMail refused = new OutboundMail(1L, MailPurpose.INVITATION, "nobody@example.no", "Bistro", "s", "b", now);
        refused.bounced("550 no such user");
        assertEquals(Invitations.Delivery.BOUNCED, Invitations.delivery(refused, true));

        OutboundMail old = new OutboundMail(1L, MailPurpose.REMINDER, "kari@example.no", "Bistro", "s", "b", now);
        old.failed("timeout", now.plus(Duration.ofHours(25)), Duration.ofHours(1), Duration.ofHours(24));
        assertEquals(Invitations.Delivery.FAILED, Invitations.delivery(old, false));
    }
}
