package fr.monchai.persistence.internal;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.declaration.Declarations;
import fr.monchai.core.declaration.ExportDeclaration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** The history of declaration exports, with their files, on PostgreSQL. */
final class PgDeclarations implements Declarations {

    private final TransactionsPg tx;

    PgDeclarations(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public ExportDeclaration inserer(ExportDeclaration e) {
        return tx.avec(h -> {
            ExportDeclaration stocke = e.avecId(Colonnes.nouvelId(h));
            h.createUpdate("insert into export_declaration (domaine_id, id, periode, plugin, definitif, auteur, date) "
                            + "values (:d, :id, :periode, :plugin, :definitif, :auteur, :date)")
                    .bind("d", e.domaineId())
                    .bind("id", stocke.id())
                    .bind("periode", e.periode().atDay(1))
                    .bind("plugin", e.plugin())
                    .bind("definitif", e.definitif())
                    .bind("auteur", e.auteur())
                    .bind("date", OffsetDateTime.ofInstant(e.date(), ZoneOffset.UTC))
                    .execute();
            PreparedBatch fichiers =
                    h.prepareBatch("insert into artefact_declaration (domaine_id, export_id, rang, nom, type_media, "
                            + "contenu, sha256) values (:d, :e, :rang, :nom, :type, :contenu, :sha)");
            for (int i = 0; i < e.artefacts().size(); i++) {
                Artefact a = e.artefacts().get(i);
                fichiers.bind("d", e.domaineId())
                        .bind("e", stocke.id())
                        .bind("rang", i)
                        .bind("nom", a.nom())
                        .bind("type", a.typeMedia())
                        .bind("contenu", a.contenu())
                        .bind("sha", a.sha256())
                        .add();
            }
            fichiers.execute();
            return stocke;
        });
    }

    @Override
    public void supprimerEssais(long domaineId, java.time.YearMonth periode) {
        tx.avec(h -> h.createUpdate(
                        "with essais as (delete from export_declaration where domaine_id = :d and periode = :p and not definitif "
                                + "returning id) delete from artefact_declaration where domaine_id = :d and export_id in (select id from essais)")
                .bind("d", domaineId)
                .bind("p", periode.atDay(1))
                .execute());
    }

    @Override
    public Optional<ExportDeclaration> trouver(long domaineId, long id) {
        return tx.avec(h -> charger(
                        h,
                        h.createQuery("select * from export_declaration where domaine_id = :d and id = :id")
                                .bind("d", domaineId)
                                .bind("id", id))
                .stream()
                .findFirst());
    }

    @Override
    public List<ExportDeclaration> lister(long domaineId) {
        return tx.avec(h -> charger(
                h,
                h.createQuery("select * from export_declaration where domaine_id = :d order by id desc")
                        .bind("d", domaineId)));
    }

    private static List<ExportDeclaration> charger(Handle h, Query q) {
        List<ExportDeclaration> sansFichiers = q.map((rs, ctx) -> export(rs)).list();
        if (sansFichiers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Artefact>> fichiers = new HashMap<>();
        h.createQuery("select export_id, nom, type_media, contenu from artefact_declaration where domaine_id = :d "
                        + "and export_id = any(:ids) order by export_id, rang")
                .bind("d", sansFichiers.get(0).domaineId())
                .bind("ids", sansFichiers.stream().map(ExportDeclaration::id).toArray(Long[]::new))
                .map((rs, ctx) ->
                        Map.entry(rs.getLong(1), new Artefact(rs.getString(2), rs.getString(3), rs.getBytes(4))))
                .forEach(e -> fichiers.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return sansFichiers.stream()
                .map(e -> new ExportDeclaration(
                        e.id(),
                        e.domaineId(),
                        e.periode(),
                        e.plugin(),
                        e.definitif(),
                        e.auteur(),
                        e.date(),
                        fichiers.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static ExportDeclaration export(ResultSet rs) throws SQLException {
        return new ExportDeclaration(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                YearMonth.from(Colonnes.date(rs, "periode")),
                rs.getString("plugin"),
                rs.getBoolean("definitif"),
                rs.getString("auteur"),
                rs.getObject("date", OffsetDateTime.class).toInstant(),
                List.of());
    }
}
