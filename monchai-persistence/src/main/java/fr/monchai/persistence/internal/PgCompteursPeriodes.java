package fr.monchai.persistence.internal;

import static fr.monchai.persistence.internal.Lignes.COLONNES_PRODUIT;
import static fr.monchai.persistence.internal.Lignes.VALEURS_PRODUIT;

import fr.monchai.core.Volume;
import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Coordonnees;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.port.BouteilleLots;
import fr.monchai.core.port.Compteurs;
import fr.monchai.core.port.Cuves;
import fr.monchai.core.port.Domaines;
import fr.monchai.core.port.Lots;
import fr.monchai.core.port.Parcelles;
import fr.monchai.core.port.Periodes;
import fr.monchai.core.port.Vendanges;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The gap-free counters and the locked months on PostgreSQL. */
final class PgCompteursPeriodes implements Compteurs, Periodes {

    private final Tx tx;

    PgCompteursPeriodes(Tx tx) {
        this.tx = tx;
    }


    @Override
    public long suivant(long domaineId, String serie) {
        // The upsert locks the counter row until commit: the series stays gap-free.
        return tx.avec(h -> h.createQuery("insert into compteur (domaine_id, serie, valeur) values (:d, :s, 1) "
                        + "on conflict (domaine_id, serie) do update set valeur = compteur.valeur + 1 returning valeur")
                .bind("d", domaineId).bind("s", serie).mapTo(Long.class).one());
    }

    @Override
    public void verrouiller(long domaineId, YearMonth mois) {
        tx.avec(h -> h.createUpdate("insert into periode_verrouillee (domaine_id, mois) values (:d, :mois) on conflict do nothing")
                .bind("d", domaineId).bind("mois", mois.atDay(1)).execute());
    }

    @Override
    public SortedSet<YearMonth> verrouillees(long domaineId) {
        return tx.avec(h -> h.createQuery("select mois from periode_verrouillee where domaine_id = :d").bind("d", domaineId)
                .map((rs, ctx) -> YearMonth.from(Lignes.date(rs, "mois"))).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
