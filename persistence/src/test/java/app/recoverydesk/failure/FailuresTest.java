package app.recoverydesk.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How a failure, however the container wrapped it, is read in the product's vocabulary. */
class FailuresTest {

    @Test
    void aBusinessFailureIsFoundUnderTheContainersWrappers() {
        var gate = new InvalidInputException("reason", "initiative.override.reason");
        var wrapped = new EJBException(new RuntimeException(new PersistenceException(gate)));
        assertSame(gate, Failures.understood(wrapped).orElseThrow());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage_notAFault() {
        var link = new PersistenceException(new SQLException("Communications link failure", "08S01"));
        assertEquals("problem.unavailable", Failures.understood(new EJBException(link)).orElseThrow().message().key());
        var cutStatement = new PersistenceException(new SQLException("No operations allowed after statement closed.", "S1009"));
        assertEquals(Kind.UNAVAILABLE, Failures.understood(cutStatement).orElseThrow().kind());
    }

    @Test
    void aCommitCutOffMidwaySaysTheChangeMayOrMayNotBeStored() {
        var mixed = new HeuristicMixedException();
        mixed.addSuppressed(new SQLException("Communications link failure", "08S01"));
        var failure = Failures.understood(new EJBException(mixed)).orElseThrow();
        assertEquals(Kind.UNAVAILABLE, failure.kind());
        assertEquals("problem.unavailable.unknown", failure.message().key());
    }

    @Test
    void aBrokenConstraintOfAServiceNamesItsField() {
        var violated = new jakarta.validation.ConstraintViolationException(java.util.Set.of(violation("transition.to", "must be given")));
        var failure = (InvalidInputException) Failures.understood(new EJBException(violated)).orElseThrow();
        assertEquals(java.util.Map.of("to", Message.of("problem.verbatim", "must be given")), failure.fields());
    }

    /** A violation as a validator reports it: a property path of named nodes and its message. */
    private static jakarta.validation.ConstraintViolation<?> violation(String path, String message) {
        java.util.List<jakarta.validation.Path.Node> nodes = java.util.Arrays.stream(path.split("\\."))
                .map(name -> proxy(jakarta.validation.Path.Node.class, (m, a) -> m.getName().equals("getName") ? name : null))
                .toList();
        jakarta.validation.Path property = proxy(jakarta.validation.Path.class,
                (m, a) -> m.getName().equals("iterator") ? nodes.iterator() : m.getName().equals("toString") ? path : null);
        return proxy(jakarta.validation.ConstraintViolation.class, (m, a) -> switch (m.getName()) {
            case "getPropertyPath" -> property;
            case "getMessage" -> message;
            case "hashCode" -> System.identityHashCode(path);
            case "equals" -> false;
            default -> null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<java.lang.reflect.Method, Object[], Object> answer) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method, args));
    }

    @Test
    void aConcurrentChangeIsAConflict_andAnythingElseIsTheProductsOwnFault() {
        assertEquals(Kind.CONFLICT, Failures.understood(new EJBException(new OptimisticLockException())).orElseThrow().kind());
        assertTrue(Failures.understood(new IllegalStateException("a bug")).isEmpty());
        assertTrue(Failures.understood(new PersistenceException(new SQLException("Duplicate entry", "23000"))).isEmpty());
    }
}
