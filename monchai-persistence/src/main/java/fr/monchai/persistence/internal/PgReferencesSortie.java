package fr.monchai.persistence.internal;

import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.ReferencesSortie;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The customs references of exits on PostgreSQL. */
final class PgReferencesSortie implements ReferencesSortie {

    private final TransactionsPg tx;

    PgReferencesSortie(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public void enregistrer(long domaineId, long mouvementId, ReferenceSortie r) {
        tx.avec(h -> h.createUpdate(
                        "insert into reference_sortie (domaine_id, mouvement_id, pays, numero_document, numero_contrat, "
                                + "accise_destinataire, date_apurement, nom_acheteur, prix_hl) values (:d, :m, :pays, :document, :contrat, :accise, "
                                + ":apurement, :acheteur, :prix) "
                                + "on conflict (domaine_id, mouvement_id) do update set pays = excluded.pays, "
                                + "numero_document = excluded.numero_document, numero_contrat = excluded.numero_contrat, "
                                + "accise_destinataire = excluded.accise_destinataire, date_apurement = excluded.date_apurement, "
                                + "nom_acheteur = excluded.nom_acheteur, prix_hl = excluded.prix_hl")
                .bind("d", domaineId)
                .bind("m", mouvementId)
                .bind("pays", r.pays().orElse(null))
                .bind("document", r.numeroDocument().orElse(null))
                .bind("contrat", r.numeroContrat().orElse(null))
                .bind("accise", r.acciseDestinataire().orElse(null))
                .bind("apurement", r.apurement().orElse(null))
                .bind("acheteur", r.nomAcheteur().orElse(null))
                .bind("prix", r.prixHl().orElse(null))
                .execute());
    }

    @Override
    public Optional<ReferenceSortie> trouver(long domaineId, long mouvementId) {
        return tx.avec(h -> h.createQuery("select * from reference_sortie where domaine_id = :d and mouvement_id = :m")
                .bind("d", domaineId)
                .bind("m", mouvementId)
                .map((rs, ctx) -> reference(rs))
                .findOne());
    }

    @Override
    public void supprimer(long domaineId, long mouvementId) {
        tx.avec(h -> h.createUpdate("delete from reference_sortie where domaine_id = :d and mouvement_id = :m")
                .bind("d", domaineId)
                .bind("m", mouvementId)
                .execute());
    }

    @Override
    public Map<Long, ReferenceSortie> toutes(long domaineId) {
        return tx.avec(h -> {
            Map<Long, ReferenceSortie> toutes = new TreeMap<>();
            h.createQuery("select * from reference_sortie where domaine_id = :d")
                    .bind("d", domaineId)
                    .map((rs, ctx) -> Map.entry(rs.getLong("mouvement_id"), reference(rs)))
                    .forEach(e -> toutes.put(e.getKey(), e.getValue()));
            return toutes;
        });
    }

    private static ReferenceSortie reference(ResultSet rs) throws SQLException {
        return new ReferenceSortie(
                Optional.ofNullable(rs.getString("pays")),
                Optional.ofNullable(rs.getString("numero_document")),
                Optional.ofNullable(rs.getString("numero_contrat")),
                Optional.ofNullable(rs.getString("accise_destinataire")),
                Optional.ofNullable(rs.getObject("date_apurement", java.time.LocalDate.class)),
                Optional.ofNullable(rs.getString("nom_acheteur")),
                Optional.ofNullable(rs.getBigDecimal("prix_hl")));
    }
}
