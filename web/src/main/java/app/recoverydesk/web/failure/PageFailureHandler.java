package app.recoverydesk.web.failure;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Failures;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.failure.TooManyTriesException;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.i18n.Texts;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The one handler of the pages: a business failure (or the database being away) becomes a message on the page the
 * user was on — next to the field it names, where the submitted form has one — with everything they typed kept.
 * Anything else goes on to the error page.
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

    public PageFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            ExceptionQueuedEvent event = events.next();
            Optional<BusinessException> failure = Failures.understood(event.getContext().getException());
            if (failure.orElse(null) instanceof TooManyTriesException tooMany && context != null
                    && !context.getExternalContext().isResponseCommitted()) {
                // nothing of the page is drawn: the 429 page says to wait (see web.xml)
                refuse(context, 429, String.valueOf(tooMany.retryAfterSeconds()));
                events.remove();
                continue;
            }
            // a failure while the page is drawn has no page left to show it on
            if (failure.isPresent() && context != null && context.getViewRoot() != null
                    && event.getContext().getPhaseId() != PhaseId.RENDER_RESPONSE) {
                show(context, failure.get());
                events.remove();
                context.validationFailed();
                context.renderResponse();
            } else if (failure.filter(f -> f.kind() == Kind.UNAVAILABLE).isPresent() && context != null
                    && !context.getExternalContext().isResponseCommitted()) {
                // a page that cannot be drawn while the database is away: the 503 page says to try again shortly
                refuse(context, 503, "5");
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext context, int status, String retryAfter) {
        try {
            context.getExternalContext().setResponseHeader("Retry-After", retryAfter);
            context.getExternalContext().responseSendError(status, "");
        } catch (java.io.IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }

    private static void show(FacesContext context, BusinessException failure) {
        Locale locale = context.getViewRoot().getLocale();
        var zone = CDI.current().select(Formats.class).get().zone();
        Optional<UIForm> form = submittedForm(context.getViewRoot());
        if (failure instanceof InvalidInputException invalid) {
            invalid.fields().forEach((field, message) -> {
                String clientId = form.map(f -> f.findComponent(field)).map(c -> c.getClientId(context)).orElse(null);
                Messages.errorText(clientId, Texts.render(message, locale, zone));
            });
        } else {
            Messages.errorText(null, Texts.render(failure.message(), locale, zone));
        }
    }

    private static Optional<UIForm> submittedForm(UIComponent component) {
        if (component instanceof UIForm form && form.isSubmitted()) {
            return Optional.of(form);
        }
        for (UIComponent child : component.getChildren()) {
            Optional<UIForm> found = submittedForm(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Declared in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
