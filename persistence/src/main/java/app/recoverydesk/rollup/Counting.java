package app.recoverydesk.rollup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The entity listener of a daily rollup, in the flush, on the transaction's own connection: an entity is counted
 * under a key (what the rollup groups it by); written is +1 on its key, changed -1 on the key it was read under and
 * +1 on the new one, removed -1. The entity remembers the key it is counted under, so an update knows what to take
 * back. Each kind of entity names its key, where it remembers it, and its rollup's upsert; its listener class
 * declares the four callbacks (Hibernate looks for them on the listener class itself, not on its superclasses: the
 * rollup test found none called when they were declared here).
 */
public abstract class Counting<E, K> {

    /** A rollup's upsert: delta on the row of a key. */
    @FunctionalInterface
    public interface Upsert<K> {
        void add(Connection c, K key, int delta) throws SQLException;
    }

    @PersistenceContext
    private EntityManager em;

    private final Function<E, K> key;
    private final Function<E, K> countedAs;
    private final BiConsumer<E, K> remember;
    private final Upsert<K> upsert;

    protected Counting(Function<E, K> key, Function<E, K> countedAs, BiConsumer<E, K> remember, Upsert<K> upsert) {
        this.key = key;
        this.countedAs = countedAs;
        this.remember = remember;
        this.upsert = upsert;
    }

    /** More work of the same flush when an entity's key changed (none unless a rollup needs it). */
    protected void moved(Connection c, E entity, K before, K after) throws SQLException {
    }

    protected final void loaded(E entity) {
        remember.accept(entity, key.apply(entity));
    }

    protected final void written(E entity) {
        K now = key.apply(entity);
        InFlush.write(em, c -> upsert.add(c, now, 1));
        remember.accept(entity, now);
    }

    protected final void changed(E entity) {
        K before = countedAs.apply(entity);
        K after = key.apply(entity);
        if (before == null) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " was written without being read");
        }
        if (!before.equals(after)) {
            InFlush.write(em, c -> {
                upsert.add(c, before, -1);
                upsert.add(c, after, 1);
                moved(c, entity, before, after);
            });
            remember.accept(entity, after);
        }
    }

    protected final void removed(E entity) {
        K counted = countedAs.apply(entity) != null ? countedAs.apply(entity) : key.apply(entity);
        InFlush.write(em, c -> upsert.add(c, counted, -1));
    }
}
