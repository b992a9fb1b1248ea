package fr.monchai.persistence.internal;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.StockageException;
import fr.monchai.core.commun.Transactions;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One PostgreSQL transaction per use case, on a handle bound to the thread so that every
 * port called inside joins it. A serialization failure or a deadlock is retried from the
 * start; database errors come out as domain errors or {@link StockageException}.
 *
 * <p>A connection that comes already in a transaction (autocommit off: a host's transaction,
 * through Spring's {@code TransactionAwareDataSourceProxy} or a connection handed over) is
 * joined instead: each call runs inside a savepoint (a refused call writes nothing, and the
 * host's transaction goes on), Mon Chai neither commits nor rolls back the host's work, and does
 * not retry — the host's transaction decides, and a conflict reaches it as a retryable
 * {@link StockageException}.
 */
public final class TransactionsPg implements Transactions {

    private static final int ESSAIS = 10;
    private static final String SAVEPOINT = "monchai";

    private final Jdbi jdbi;
    private final Optional<String> schema;
    // Per instance, not static: two databases in one JVM (a test's and an embedder's) keep their own.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Handle> courant = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Map<Object, Object>> memoire = new ThreadLocal<>();

    /**
     * @param jdbi the database
     */
    public TransactionsPg(Jdbi jdbi) {
        this(jdbi, Optional.empty());
    }

    /**
     * @param jdbi the database
     * @param schema the schema of Mon Chai's tables, set at the start of each transaction (and, in a host's
     *     transaction, put back as it was after each call); empty when the connections already look there
     */
    public TransactionsPg(Jdbi jdbi, Optional<String> schema) {
        this.jdbi = jdbi;
        this.schema = schema;
    }

    @Override
    public <T> T executer(Supplier<T> travail) {
        if (courant.get() != null) {
            return travail.get();
        }
        for (int essai = 1; ; essai++) {
            boolean[] jointe = {false};
            try {
                return uneFois(travail, jointe);
            } catch (DomainException e) {
                throw e;
            } catch (RuntimeException e) {
                String etat = etatSql(e);
                boolean conflit = "40001".equals(etat) || "40P01".equals(etat);
                if (conflit && essai < ESSAIS && !jointe[0]) {
                    pause(essai);
                    continue;
                }
                throw traduire(e, etat, conflit);
            }
        }
    }

    private <T> T uneFois(Supplier<T> travail, boolean[] jointe) {
        try (Handle h = jdbi.open()) {
            jointe[0] = enTransaction(h);
            if (jointe[0]) {
                // Inside the host's transaction, a refused call still writes nothing: back to this savepoint.
                h.savepoint(SAVEPOINT);
            } else {
                h.begin();
            }
            courant.set(h);
            memoire.set(new HashMap<>());
            Optional<String> cheminHote = schema.map(x -> vers(h, x, jointe[0]));
            try {
                T resultat = travail.get();
                cheminHote.ifPresent(c -> revenir(h, c));
                if (jointe[0]) {
                    h.releaseSavepoint(SAVEPOINT);
                } else {
                    h.commit();
                }
                return resultat;
            } catch (RuntimeException | Error e) {
                try {
                    if (jointe[0]) {
                        h.rollbackToSavepoint(SAVEPOINT);
                    } else {
                        h.rollback();
                    }
                } catch (RuntimeException perdue) {
                    e.addSuppressed(perdue);
                }
                throw e;
            } finally {
                courant.remove();
                memoire.remove();
            }
        }
    }

    /**
     * Makes the transaction look in Mon Chai's schema (first, then the host's path): {@code set_config(..., true)} lasts
     * until the transaction ends.
     *
     * @return the host's path, to put back after the call when the transaction is the host's
     */
    private static String vers(Handle h, String schema, boolean jointe) {
        String avant = jointe
                ? h.createQuery("select current_setting('search_path')")
                        .mapTo(String.class)
                        .one()
                : "";
        h.createQuery("select set_config('search_path', :chemin, true)")
                .bind("chemin", schema + ", public")
                .mapTo(String.class)
                .one();
        return avant;
    }

    private static void revenir(Handle h, String chemin) {
        if (!chemin.isEmpty()) {
            h.createQuery("select set_config('search_path', :chemin, true)")
                    .bind("chemin", chemin)
                    .mapTo(String.class)
                    .one();
        }
    }

    /** Whether the connection comes in its caller's transaction (autocommit off), which Mon Chai then joins. */
    private static boolean enTransaction(Handle h) {
        try {
            return !h.getConnection().getAutoCommit();
        } catch (SQLException e) {
            throw new StockageException("la base de données est injoignable : réessayez", true, e);
        }
    }

    /**
     * Runs a query or update on the current transaction's handle (in a transaction of its
     * own when none is running).
     */
    <T> T avec(Function<Handle, T> travail) {
        return executer(() -> travail.apply(courant.get()));
    }

    /**
     * Reads a row that never changes once written (a lot, a cuve) once per transaction:
     * the rules ask for the same ones several times while they check a movement.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> memoriser(Object cle, Supplier<Optional<T>> lecture) {
        Map<Object, Object> m = memoire.get();
        if (m == null) {
            return lecture.get();
        }
        Object connu = m.get(cle);
        if (connu != null) {
            return Optional.of((T) connu);
        }
        Optional<T> lu = lecture.get();
        lu.ifPresent(v -> m.put(cle, v));
        return lu;
    }

    /** Keeps a value read along with another query, for {@link #memoriser} in the same transaction. */
    void retenir(Object cle, Object valeur) {
        Map<Object, Object> m = memoire.get();
        if (m != null) {
            m.put(cle, valeur);
        }
    }

    /**
     * Takes a value {@link #retenir} kept, once: a value read ahead for one use (a register number
     * taken, balances locked), which a second use must not find.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> prendre(Object cle) {
        Map<Object, Object> m = memoire.get();
        return m == null ? Optional.empty() : Optional.ofNullable((T) m.remove(cle));
    }

    /** Forgets a row {@link #memoriser} kept, when it is deleted. */
    void oublier(Object cle) {
        Map<Object, Object> m = memoire.get();
        if (m != null) {
            m.remove(cle);
        }
    }

    /**
     * The find, list and delete every store of a domaine's rows needs, written once: every
     * table carries {@code domaine_id} and {@code id} in its key.
     *
     * @param table a table of this schema (a constant of the caller, never input)
     */
    <T> java.util.Optional<T> trouver(
            String table, long domaineId, long id, org.jdbi.v3.core.mapper.RowMapper<T> lecture) {
        return avec(h -> h.createQuery("select * from " + table + " where domaine_id = :d and id = :id")
                .bind("d", domaineId)
                .bind("id", id)
                .map(lecture)
                .findOne());
    }

    /** @return the domaine's rows of a table, by id */
    <T> java.util.List<T> lister(String table, long domaineId, org.jdbi.v3.core.mapper.RowMapper<T> lecture) {
        return avec(h -> h.createQuery("select * from " + table + " where domaine_id = :d order by id")
                .bind("d", domaineId)
                .map(lecture)
                .list());
    }

    /** Deletes one row of a domaine. */
    void supprimer(String table, long domaineId, long id) {
        avec(h -> h.createUpdate("delete from " + table + " where domaine_id = :d and id = :id")
                .bind("d", domaineId)
                .bind("id", id)
                .execute());
    }

    private static RuntimeException traduire(RuntimeException e, String etat, boolean conflit) {
        if (etat == null) {
            return e;
        }
        if (conflit) {
            return new StockageException("conflit répété avec d'autres écritures : réessayez", true, e);
        }
        if (etat.startsWith("08") || etat.startsWith("57P")) {
            return new StockageException("la base de données est injoignable : réessayez", true, e);
        }
        if (etat.startsWith("23")) {
            return new DomainException(
                    CodeErreur.OPERATION_INCOHERENTE,
                    "",
                    "la base de données a refusé l'écriture (contrainte " + contrainte(e)
                            + ") : rien n'a été enregistré");
        }
        return new StockageException("erreur de la base de données (" + etat + ")", false, e);
    }

    private static String etatSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String contrainte(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p
                    && p.getServerErrorMessage() != null
                    && p.getServerErrorMessage().getConstraint() != null) {
                return p.getServerErrorMessage().getConstraint();
            }
        }
        return "inconnue";
    }

    private static void pause(int essai) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 << Math.min(essai, 5)));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StockageException("interrompu pendant une nouvelle tentative", true, ie);
        }
    }
}
