package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The case page's timeline in the page's language and the business's time zone ({@code #{timelineText.of(e, options)}}). */
@Named
@RequestScoped
public class TimelineText {

    @Inject
    private LocaleSelector locale;

    @Inject
    private Formats formats;

    private TimelineLine line;

    /** The event in words; {@code options} is the catalogue the case was read with, so nothing is read again here. */
    public String of(IncidentEvent event, List<RecoveryCatalogue.Entry> options) {
        if (line == null) {
            line = lineFor(options);
        }
        return line.describe(event);
    }

    private TimelineLine lineFor(List<RecoveryCatalogue.Entry> options) {
        Map<String, String> names = new LinkedHashMap<>();
        // longest first, so that "Taxi" never shortens "Taxi reimbursement"
        options.stream().map(e -> e.option())
                .sorted((a, b) -> b.getName().length() - a.getName().length())
                .forEach(o -> names.put(o.getName(), o.nameIn(locale.getLocale())));
        return new TimelineLine(ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale()), locale.getLocale(),
                formats.zone(), names);
    }
}
