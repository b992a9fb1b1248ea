package fr.monchai.persistence.internal;

import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Periodes;
import java.time.YearMonth;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The gap-free counters and the locked months on PostgreSQL. */
final class PgCompteursPeriodes implements Compteurs, Periodes {

    private final TransactionsPg tx;

    PgCompteursPeriodes(TransactionsPg tx) {
        this.tx = tx;
    }

    /** A domaine's declared months in {@link TransactionsPg#memoriser}. */
    record Mois(long domaineId) {}

    @Override
    public void bloquer(long domaineId, String serie) {
        tx.avec(h -> h.createUpdate("insert into compteur (domaine_id, serie, valeur) values (:d, :s, 0) "
                        + "on conflict (domaine_id, serie) do update set valeur = compteur.valeur")
                .bind("d", domaineId)
                .bind("s", serie)
                .execute());
    }

    @Override
    public long suivant(long domaineId, String serie) {
        Optional<Long> pris = tx.prendre(new PgPreparationValidation.NumeroPris(domaineId, serie));
        if (pris.isPresent()) {
            return pris.get();
        }
        // The upsert locks the counter row until commit: the series stays gap-free. The declared
        // months come along (a lock takes the register counter too, so they cannot change
        // before the commit): validating a movement asks for them next.
        return tx.avec(h -> h.createQuery(
                        "insert into compteur (domaine_id, serie, valeur) values (:d, :s, 1) "
                                + "on conflict (domaine_id, serie) do update set valeur = compteur.valeur + 1 "
                                + "returning valeur, (select array_agg(mois) from periode_verrouillee where domaine_id = :d) as mois")
                .bind("d", domaineId)
                .bind("s", serie)
                .map((rs, ctx) -> {
                    tx.retenir(new Mois(domaineId), mois(rs.getArray("mois")));
                    return rs.getLong("valeur");
                })
                .one());
    }

    /** The declared months of an {@code array_agg(mois)}. */
    static java.util.SortedSet<YearMonth> mois(java.sql.Array tableau) throws java.sql.SQLException {
        TreeSet<YearMonth> mois = new TreeSet<>();
        if (tableau != null) {
            for (Object o : (Object[]) tableau.getArray()) {
                mois.add(YearMonth.from(((java.sql.Date) o).toLocalDate()));
            }
        }
        return mois;
    }

    @Override
    public long reserver(long domaineId, String serie, int combien) {
        return tx.avec(h -> h.createQuery(
                                "insert into compteur (domaine_id, serie, valeur) values (:d, :s, :n) "
                                        + "on conflict (domaine_id, serie) do update set valeur = compteur.valeur + :n returning valeur")
                        .bind("d", domaineId)
                        .bind("s", serie)
                        .bind("n", (long) combien)
                        .mapTo(Long.class)
                        .one())
                - combien
                + 1;
    }

    @Override
    public void verrouiller(long domaineId, YearMonth mois) {
        tx.oublier(new Mois(domaineId));
        tx.avec(h -> h.createUpdate(
                        "insert into periode_verrouillee (domaine_id, mois) values (:d, :mois) on conflict do nothing")
                .bind("d", domaineId)
                .bind("mois", mois.atDay(1))
                .execute());
    }

    @Override
    public SortedSet<YearMonth> verrouillees(long domaineId) {
        Optional<TreeSet<YearMonth>> lus = tx.memoriser(
                new Mois(domaineId),
                () -> Optional.of(tx.avec(
                        h -> h.createQuery("select mois from periode_verrouillee where domaine_id = :d")
                                .bind("d", domaineId)
                                .map((rs, ctx) -> YearMonth.from(Colonnes.date(rs, "mois")))
                                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)))));
        return new TreeSet<>(lus.orElseThrow());
    }
}
