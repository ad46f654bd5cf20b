package app.recoverydesk.rollup;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/** Registers {@link IncidentDayListener}; named in persistence.xml ({@code hibernate.integrator_provider}). */
public class RollupIntegrator implements Integrator, IntegratorProvider {

    @Override
    public List<Integrator> getIntegrators() {
        return List.of(this);
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        IncidentDayListener listener = new IncidentDayListener();
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    }
}
