package app.recoverydesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one mail to the SMTP server of the server's mail session ({@code MAIL_SMTP_HOST}, {@code MAIL_SMTP_PORT}),
 * from the business's name at {@code MAIL_FROM}'s address, UTF-8 throughout. Says whether it went, was refused for
 * good (the address), or may go on a later try.
 */
@Stateless
public class SmtpSender {

    /** How long a connection or a reply of the SMTP server may take before the try counts as failed. */
    private static final String TIMEOUT_MILLIS = "30000";

    public enum Result { SENT, BOUNCED, FAILED }

    public record Outcome(Result result, String error) {
    }

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    private volatile Session timed;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome send(Letter letter) {
        try {
            MimeMessage message = new MimeMessage(timedSession());
            message.setFrom(sender(letter.senderName()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.recipient(), true));
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            message.setText(letter.body() == null ? "" : letter.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            return new Outcome(Result.SENT, null);
        } catch (AddressException e) {
            return new Outcome(Result.BOUNCED, describe(e));
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            boolean refused = invalid != null && invalid.length > 0 && permanent(e);
            return new Outcome(refused ? Result.BOUNCED : Result.FAILED, describe(e));
        } catch (MessagingException | RuntimeException e) {
            return new Outcome(Result.FAILED, describe(e));
        }
    }

    private static InternetAddress sender(String name) throws AddressException {
        InternetAddress from = new InternetAddress(System.getenv("MAIL_FROM").strip(), true);
        try {
            return new InternetAddress(from.getAddress(), name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            return from;
        }
    }

    /** A 5xx reply to the recipient (a 4xx one is worth another try). */
    private static boolean permanent(SendFailedException e) {
        for (Exception next = e.getNextException(); next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (hasReturnCode(next)) {
                int code = returnCode(next);
                return code >= 500 && code < 600;
            }
        }
        return true;
    }

    private static boolean hasReturnCode(Exception e) {
        try {
            e.getClass().getMethod("getReturnCode");
            return true;
        } catch (NoSuchMethodException none) {
            return false;
        }
    }

    private static int returnCode(Exception e) {
        try {
            return (int) e.getClass().getMethod("getReturnCode").invoke(e);
        } catch (ReflectiveOperationException none) {
            return 0;
        }
    }

    private Session timedSession() {
        Session s = timed;
        if (s == null) {
            Properties properties = new Properties();
            properties.putAll(session.getProperties());
            properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            s = Session.getInstance(properties);
            timed = s;
        }
        return s;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Exception next = e instanceof MessagingException m ? m.getNextException() : null;
        if (next != null) {
            text.append(" / ").append(next.getClass().getSimpleName()).append(": ").append(next.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
