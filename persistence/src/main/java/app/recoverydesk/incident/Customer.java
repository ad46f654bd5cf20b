package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The person a failure affected. Recognised again by their contact (e-mail or phone, normalised) so that
 * repeat complaints show; a contact is kept only with the customer's consent.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = "Customer.byContact", query = "select c from Customer c where c.contactKey = :key")
public class Customer extends TenantOwned implements Serializable {


    private String name;

    private String contact;

    @Column(name = "contact_key")
    private String contactKey;

    @Column(nullable = false)
    private boolean consent;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When their name and contact were erased (on request or by the retention job); null while kept. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The language the business writes to them in (a language tag such as "nb"). */
    @Column(nullable = false)
    private String language;

    protected Customer() {
    }

    public Customer(String name, String contact, boolean consent, Instant now) {
        this(name, contact, consent, "en", now);
    }

    public Customer(String name, String contact, boolean consent, String language, Instant now) {
        this.name = blankToNull(name);
        this.createdAt = now;
        this.language = language;
        recordConsent(consent, contact, now);
    }

    /** A newly stated preferred language; null keeps the one known. */
    public void prefer(String language) {
        if (blankToNull(language) != null) {
            this.language = language.strip();
        }
    }

    /**
     * Updates what the customer told us this time; a withdrawn consent removes the contact. Answers whether their
     * name or contact changed, which their cases are found by.
     */
    public boolean update(String name, String contact, boolean consent, Instant now) {
        String nameBefore = this.name;
        String contactBefore = this.contact;
        if (blankToNull(name) != null) {
            this.name = blankToNull(name);
        }
        recordConsent(consent, contact != null ? contact : this.contact, now);
        return !java.util.Objects.equals(nameBefore, this.name) || !java.util.Objects.equals(contactBefore, this.contact);
    }

    private void recordConsent(boolean consent, String contact, Instant now) {
        if (consent && !this.consent) {
            consentAt = now;
        }
        this.consent = consent;
        this.contact = consent ? blankToNull(contact) : null;
        this.contactKey = consent ? keyOf(contact).orElse(null) : null;
        if (!consent) {
            consentAt = null;
        }
    }

    /** E-mail addresses compare case-insensitively, phone numbers by their digits. */
    public static Optional<String> keyOf(String contact) {
        String c = blankToNull(contact);
        if (c == null) {
            return Optional.empty();
        }
        if (c.contains("@")) {
            return Optional.of(c.toLowerCase(Locale.ROOT));
        }
        String digits = c.replaceAll("[^0-9]", "");
        return digits.length() >= 5 ? Optional.of((c.startsWith("+") ? "+" : "") + digits) : Optional.of(c);
    }

    /**
     * Forgets who they were: name, contact and consent go, the record stays (as an anonymous id) so that the cases
     * that point at it still count as one customer's in the reports.
     */
    public void erase(Instant now) {
        name = null;
        contact = null;
        contactKey = null;
        consent = false;
        consentAt = null;
        erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public boolean isConsent() {
        return consent;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getConsentAt() {
        return consentAt;
    }
}
