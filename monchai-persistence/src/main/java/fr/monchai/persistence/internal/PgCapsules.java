package fr.monchai.persistence.internal;

import fr.monchai.core.crd.Capsules;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.Contenant;
import fr.monchai.core.crd.CouleurCapsule;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The CRD capsule movements on PostgreSQL. */
final class PgCapsules implements Capsules {

    private final TransactionsPg tx;

    PgCapsules(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public MouvementCrd inserer(MouvementCrd m) {
        return tx.avec(h -> {
            MouvementCrd stocke = m.avecId(Colonnes.nouvelId(h));
            h.createUpdate(
                            "insert into mouvement_crd (domaine_id, id, date, categorie, type_capsule, contenance_ml, contenant, couleur, "
                                    + "nature, quantite, observation) values (:d, :id, :date, :categorie, :type, :contenance, :contenant, :couleur, "
                                    + ":nature, :quantite, :observation)")
                    .bind("d", m.domaineId())
                    .bind("id", stocke.id())
                    .bind("date", m.date())
                    .bind("categorie", m.compte().categorie().name())
                    .bind("type", m.compte().type().name())
                    .bind("contenant", m.compte().contenant().name())
                    .bindByType("couleur", m.compte().couleur().map(Enum::name).orElse(null), String.class)
                    .bind("contenance", m.compte().contenanceMl())
                    .bind("nature", m.nature().name())
                    .bind("quantite", m.quantite())
                    .bind("observation", m.observation())
                    .execute();
            return stocke;
        });
    }

    @Override
    public List<MouvementCrd> jusquAu(long domaineId, LocalDate jusquAu) {
        return tx.avec(h -> h.createQuery(
                        "select * from mouvement_crd where domaine_id = :d and date <= :au order by date, id")
                .bind("d", domaineId)
                .bind("au", jusquAu.getYear() > 200_000 ? LocalDate.of(200_000, 1, 1) : jusquAu)
                .map((rs, ctx) -> new MouvementCrd(
                        rs.getLong("id"),
                        rs.getLong("domaine_id"),
                        Colonnes.date(rs, "date"),
                        new CompteCapsules(
                                CategorieCapsule.valueOf(rs.getString("categorie")),
                                TypeCapsule.valueOf(rs.getString("type_capsule")),
                                rs.getInt("contenance_ml"),
                                Contenant.valueOf(rs.getString("contenant")),
                                Optional.ofNullable(rs.getString("couleur")).map(CouleurCapsule::valueOf)),
                        NatureCrd.valueOf(rs.getString("nature")),
                        rs.getLong("quantite"),
                        rs.getString("observation")))
                .list());
    }
}
