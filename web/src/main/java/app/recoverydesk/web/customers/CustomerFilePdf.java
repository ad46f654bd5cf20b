package app.recoverydesk.web.customers;

import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.privacy.CustomerFile;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.report.CellFormat;
import app.recoverydesk.web.report.PdfExport;
import app.recoverydesk.web.report.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A customer's copy of their data for people to read: the same content as the JSON file, in the business's language,
 * a table per part (the customer, then each case with its timeline, recoveries, promises, feedback, attachments).
 */
public final class CustomerFilePdf {

    private CustomerFilePdf() {
    }

    public static byte[] write(CustomerFile file) {
        Locale locale = file.language();
        Function<String, String> text = Messages.in(locale);
        CellFormat format = CellFormat.forPeople(locale, file.zone());
        Customer c = file.customer();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(fields("customer", text.apply("privacy.customer") + " " + c.getId(), text,
                row(text.apply("privacy.name"), c.getName()),
                row(text.apply("privacy.contact"), c.getContact()),
                row(text.apply("privacy.consent"), text.apply(c.isConsent() ? "privacy.yes" : "privacy.no")),
                row(text.apply("privacy.language"), c.getLanguage()),
                row(text.apply("privacy.createdAt"), c.getCreatedAt())));
        for (CustomerFile.Case k : file.cases()) {
            Incident i = k.incident();
            String title = text.apply("privacy.case") + " #" + i.getId();
            tables.add(fields("case-" + i.getId(), title, text,
                    row(text.apply("privacy.case.date"), i.getOccurredAt()),
                    row(text.apply("privacy.case.location"), i.getLocation().getName()),
                    row(text.apply("privacy.case.status"), text.apply("IncidentStatus." + i.getStatus().name())),
                    row(text.apply("privacy.case.severity"), text.apply("Severity." + i.getSeverity().name())),
                    row(text.apply("privacy.case.rootCause"), text.apply("RootCause." + i.getRootCause().name())),
                    row(text.apply("privacy.case.channel"), text.apply("Channel." + i.getChannel().name())),
                    row(text.apply("privacy.case.category"), i.getCategory() == null ? null : i.getCategory().getCode()),
                    row(text.apply("incident.whatHappened"), i.getWhatHappened()),
                    row(text.apply("incident.customerExpected"), i.getCustomerExpected()),
                    row(text.apply("incident.rootCauseNote"), i.getRootCauseNote()),
                    row(text.apply("privacy.case.resolvedAt"), i.getResolvedAt())));
            List<List<ReportTable.Cell>> timeline = new ArrayList<>();
            for (IncidentEvent e : k.timeline()) {
                timeline.add(cells(e.getOccurredAt(), e.getActor(), e.getField(), e.getFromValue(), e.getToValue()));
            }
            tables.add(new ReportTable("timeline-" + i.getId(), title + ": " + text.apply("privacy.timeline"),
                    headers(text, "privacy.timeline.at", "privacy.timeline.actor", "privacy.timeline.field",
                            "privacy.timeline.from", "privacy.timeline.to"), timeline));
            if (!k.recoveries().isEmpty()) {
                List<List<ReportTable.Cell>> rows = new ArrayList<>();
                for (Recovery r : k.recoveries()) {
                    rows.add(cells(r.getRequestedAt(), file.optionNames().get(r.getOptionId()),
                            r.getApprovedAmount() != null ? r.getApprovedAmount() : r.getAmount(),
                            text.apply("RecoveryStatus." + r.getStatus().name()), r.getNote(), r.getReason(),
                            r.getDecisionReason()));
                }
                tables.add(new ReportTable("recoveries-" + i.getId(), title + ": " + text.apply("privacy.recoveries"),
                        headers(text, "privacy.timeline.at", "privacy.recovery.option", "privacy.recovery.amount",
                                "privacy.case.status", "privacy.recovery.note", "privacy.recovery.reason",
                                "privacy.recovery.decision"), rows));
            }
            if (!k.promises().isEmpty()) {
                List<List<ReportTable.Cell>> rows = new ArrayList<>();
                for (Promise p : k.promises()) {
                    rows.add(cells(p.getWhat(), p.getDueAt(), text.apply("PromiseStatus." + p.getStatus().name()),
                            p.getBrokenReason()));
                }
                tables.add(new ReportTable("promises-" + i.getId(), title + ": " + text.apply("privacy.promises"),
                        headers(text, "privacy.promise.what", "privacy.promise.due", "privacy.case.status",
                                "privacy.promise.brokenReason"), rows));
            }
            if (!k.feedback().isEmpty()) {
                List<List<ReportTable.Cell>> rows = new ArrayList<>();
                for (Feedback f : k.feedback()) {
                    rows.add(cells(f.getCreatedAt(), text.apply(f.isSolved() ? "privacy.yes" : "privacy.no"),
                            f.getSatisfaction(), f.getRecommend(), f.getComment()));
                }
                tables.add(new ReportTable("feedback-" + i.getId(), title + ": " + text.apply("privacy.feedback"),
                        headers(text, "privacy.timeline.at", "privacy.feedback.solved", "privacy.feedback.satisfaction",
                                "privacy.feedback.recommend", "privacy.feedback.comment"), rows));
            }
            if (!k.attachments().isEmpty()) {
                List<List<ReportTable.Cell>> rows = new ArrayList<>();
                for (Attachment.Info a : k.attachments()) {
                    rows.add(cells(a.fileName(), a.sizeBytes(), a.uploadedAt()));
                }
                tables.add(new ReportTable("attachments-" + i.getId(), title + ": " + text.apply("privacy.attachments"),
                        headers(text, "privacy.attachment.name", "privacy.attachment.size", "privacy.timeline.at"), rows));
            }
        }
        return PdfExport.write(text.apply("privacy.file.title") + " – " + file.business(),
                List.of(text.apply("privacy.file.business") + ": " + file.business(),
                        text.apply("privacy.file.madeAt") + ": " + format.format(file.madeAt())),
                tables, format);
    }

    @SafeVarargs
    private static ReportTable fields(String id, String title, Function<String, String> text,
                                      List<ReportTable.Cell>... rows) {
        return new ReportTable(id, title, List.of(text.apply("privacy.field"), text.apply("privacy.value")), List.of(rows));
    }

    private static List<ReportTable.Cell> row(String label, Object value) {
        return cells(label, value);
    }

    private static List<ReportTable.Cell> cells(Object... values) {
        List<ReportTable.Cell> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(ReportTable.Cell.of(v));
        }
        return cells;
    }

    private static List<String> headers(Function<String, String> text, String... keys) {
        return java.util.Arrays.stream(keys).map(text).toList();
    }
}
