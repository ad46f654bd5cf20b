package app.recoverydesk.failure;

import jakarta.persistence.LockTimeoutException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads any failure of a request as one of the product's own: a business failure thrown somewhere below (however
 * the container wrapped it), a concurrent change, or the database not answering. Both interfaces ask here, so the
 * API and the pages never disagree about what went wrong.
 */
public final class Failures {

    private Failures() {
    }

    /** The failure in the product's vocabulary; empty for a fault of the product itself (to be logged). */
    public static Optional<BusinessException> understood(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException business) {
                return Optional.of(business);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violated && violated.getConstraintViolations() != null
                    && !violated.getConstraintViolations().isEmpty()) {
                return Optional.of(invalid(violated));
            }
        }
        if (isCommitOfUnknownOutcome(failure)) {
            return Optional.of(new BusinessException(Kind.UNAVAILABLE, "problem.unavailable.unknown"));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || isOptimisticLock(t)) {
                return Optional.of(new BusinessException(Kind.CONFLICT, "problem.stale"));
            }
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return Optional.of(new BusinessException(Kind.CONFLICT, "problem.locked"));
            }
            if (isOutage(t)) {
                return Optional.of(new BusinessException(Kind.UNAVAILABLE, "problem.unavailable"));
            }
        }
        return Optional.empty();
    }

    /** A constraint of a service method that a call broke: each field named, as every other invalid input. */
    private static InvalidInputException invalid(ConstraintViolationException violated) {
        Map<String, Message> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violated.getConstraintViolations()) {
            String name = "body";
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getName() != null) {
                    name = node.getName();
                }
            }
            fields.merge(name, Message.of("problem.verbatim", v.getMessage()),
                    (a, b) -> Message.of("problem.verbatim", a.args().get(0) + "; " + b.args().get(0)));
        }
        return new InvalidInputException(fields);
    }

    /**
     * The connection broke while the database was committing: the change may or may not be stored. The container
     * reports it as a heuristic outcome whose causes hang off it as suppressed exceptions.
     */
    private static boolean isCommitOfUnknownOutcome(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOptimisticLock(Throwable t) {
        return t.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                || t.getClass().getName().equals("org.hibernate.StaleStateException");
    }

    /** The database (or the pool in front of it) cannot be reached: nothing was written, the user may retry. */
    private static boolean isOutage(Throwable t) {
        if (t instanceof ResourceException || t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // a pooled statement of a connection that the outage cut (the pool shares prepared statements)
        if (t instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().startsWith("No operations allowed after statement closed")) {
            return true;
        }
        String name = t.getClass().getName();
        return name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                || name.equals("java.net.ConnectException");
    }
}
