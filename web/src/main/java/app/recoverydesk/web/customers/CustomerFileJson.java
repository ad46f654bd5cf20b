package app.recoverydesk.web.customers;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.money.Money;
import app.recoverydesk.privacy.CustomerFile;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * A customer's copy of their data as a machine-readable file: the customer, then every case with its timeline,
 * recoveries, promises, feedback and the names of its attachments. Field names are English; times are UTC (ISO 8601);
 * amounts are decimal strings with their currency. The same file from the API and from the page.
 */
public final class CustomerFileJson {

    private CustomerFileJson() {
    }

    public static JsonObject of(CustomerFile file) {
        Customer c = file.customer();
        JsonArrayBuilder cases = JSON.createArrayBuilder();
        file.cases().forEach(k -> cases.add(caseOf(k, file)));
        return JSON.createObjectBuilder()
                .add("business", file.business())
                .add("madeAt", file.madeAt().toString())
                .add("customer", JSON.createObjectBuilder()
                        .add("id", c.getId())
                        .add("name", text(c.getName()))
                        .add("contact", text(c.getContact()))
                        .add("consent", c.isConsent())
                        .add("consentAt", time(c.getConsentAt()))
                        .add("language", c.getLanguage())
                        .add("createdAt", time(c.getCreatedAt())))
                .add("cases", cases)
                .build();
    }

    private static JsonObjectBuilder caseOf(CustomerFile.Case k, CustomerFile file) {
        Incident i = k.incident();
        JsonArrayBuilder timeline = JSON.createArrayBuilder();
        for (IncidentEvent e : k.timeline()) {
            timeline.add(JSON.createObjectBuilder().add("at", e.getOccurredAt().toString()).add("actor", e.getActor())
                    .add("kind", e.getKind().name()).add("field", text(e.getField()))
                    .add("from", text(e.getFromValue())).add("to", text(e.getToValue())));
        }
        JsonArrayBuilder recoveries = JSON.createArrayBuilder();
        for (Recovery r : k.recoveries()) {
            recoveries.add(JSON.createObjectBuilder().add("id", r.getId()).add("optionId", r.getOptionId())
                    .add("option", text(file.optionNames().get(r.getOptionId())))
                    .add("amount", money(r.getAmount())).add("approvedAmount", money(r.getApprovedAmount()))
                    .add("status", r.getStatus().name()).add("note", text(r.getNote())).add("reason", text(r.getReason()))
                    .add("requestedBy", r.getRequestedBy()).add("requestedAt", time(r.getRequestedAt()))
                    .add("decidedBy", text(r.getDecidedBy())).add("decidedAt", time(r.getDecidedAt()))
                    .add("decisionReason", text(r.getDecisionReason())));
        }
        JsonArrayBuilder promises = JSON.createArrayBuilder();
        for (Promise p : k.promises()) {
            promises.add(JSON.createObjectBuilder().add("id", p.getId()).add("what", p.getWhat())
                    .add("owner", text(p.getOwner())).add("dueAt", time(p.getDueAt())).add("status", p.getStatus().name())
                    .add("keptAt", time(p.getKeptAt())).add("brokenReason", text(p.getBrokenReason()))
                    .add("createdBy", p.getCreatedBy()).add("createdAt", time(p.getCreatedAt())));
        }
        JsonArrayBuilder feedback = JSON.createArrayBuilder();
        for (Feedback f : k.feedback()) {
            feedback.add(JSON.createObjectBuilder().add("id", f.getId()).add("solved", f.isSolved())
                    .add("satisfaction", f.getSatisfaction()).add("recommend", f.getRecommend())
                    .add("comment", text(f.getComment())).add("at", time(f.getCreatedAt())));
        }
        JsonArrayBuilder attachments = JSON.createArrayBuilder();
        for (Attachment.Info a : k.attachments()) {
            attachments.add(JSON.createObjectBuilder().add("id", a.id()).add("fileName", a.fileName())
                    .add("contentType", a.contentType()).add("sizeBytes", a.sizeBytes())
                    .add("uploadedBy", a.uploadedBy()).add("uploadedAt", time(a.uploadedAt())));
        }
        return JSON.createObjectBuilder()
                .add("id", i.getId())
                .add("occurredAt", time(i.getOccurredAt()))
                .add("locationId", i.getLocation().getId())
                .add("location", i.getLocation().getName())
                .add("category", text(i.getCategory() == null ? null : i.getCategory().getCode()))
                .add("channel", i.getChannel().name())
                .add("severity", i.getSeverity().name())
                .add("rootCause", i.getRootCause().name())
                .add("status", i.getStatus().name())
                .add("whatHappened", i.getWhatHappened())
                .add("customerExpected", text(i.getCustomerExpected()))
                .add("rootCauseNote", text(i.getRootCauseNote()))
                .add("createdBy", i.getCreatedBy())
                .add("createdAt", time(i.getCreatedAt()))
                .add("resolvedAt", time(i.getResolvedAt()))
                .add("timeline", timeline)
                .add("recoveries", recoveries)
                .add("promises", promises)
                .add("feedback", feedback)
                .add("attachments", attachments);
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : JSON.createValue(s);
    }

    private static JsonValue time(Instant t) {
        return t == null ? JsonValue.NULL : JSON.createValue(t.toString());
    }

    private static JsonValue money(Money m) {
        return m == null ? JsonValue.NULL : JSON.createObjectBuilder()
                .add("amount", m.decimal().toPlainString()).add("currency", m.currency().getCurrencyCode()).build();
    }
}
