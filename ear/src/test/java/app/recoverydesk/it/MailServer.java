package app.recoverydesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server for the application's mail (GreenMail), on the port the test server sends to (2525, see the
 * failsafe settings). A test picks its mails by their recipient or subject: mail of other tests may arrive too.
 */
final class MailServer implements AutoCloseable {

    static final int PORT = 2525;

    /** One received mail, decoded. */
    record Mail(List<String> to, String fromName, String fromAddress, String subject, String body) {
    }

    private GreenMail server;

    MailServer() {
        start();
    }

    void start() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Takes the server away, as a mail server that goes down would be; what it received is forgotten. */
    void stop() {
        server.stop();
    }

    List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(MailServer::decode).toList();
    }

    List<Mail> receivedWhere(Predicate<Mail> which) {
        return received().stream().filter(which).toList();
    }

    List<Mail> to(String address) {
        return receivedWhere(m -> m.to().contains(address));
    }

    /** Waits up to {@code seconds} until at least {@code count} mails match; answers those there are then. */
    List<Mail> await(Predicate<Mail> which, int count, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        List<Mail> found = receivedWhere(which);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            found = receivedWhere(which);
        }
        return found;
    }

    private static Mail decode(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            Object content = m.getContent();
            return new Mail(to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList(),
                    from.getPersonal(), from.getAddress(), m.getSubject(), content instanceof String s ? s : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("An unreadable mail", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
