package app.recoverydesk.promise;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mail through the server's mail session, where one is set up: sending is on only when MAIL_FROM names the
 * sender (the SMTP server comes from MAIL_SMTP_HOST and MAIL_SMTP_PORT). A failed mail is logged, never fatal:
 * the in-app notice is already there.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    public static boolean enabled() {
        String from = System.getenv("MAIL_FROM");
        return from != null && !from.isBlank();
    }

    public void send(Collection<String> to, String subject, String text) {
        if (!enabled() || to.isEmpty()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(System.getenv("MAIL_FROM")));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail to " + to, e);
        }
    }
}
