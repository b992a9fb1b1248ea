package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Coordonnees;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.registre.Parcelles;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parcelles on PostgreSQL. */
final class PgParcelles implements Parcelles {

    private final TransactionsPg tx;

    PgParcelles(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Parcelle inserer(Parcelle p) {
        return tx.avec(h -> {
            Parcelle stockee = p.avecId(Colonnes.nouvelId(h));
            ecrire(stockee);
            return stockee;
        });
    }

    @Override
    public void mettreAJour(Parcelle p) {
        ecrire(p);
    }

    /** Inserts or replaces the row: one statement for both, so a new column cannot be forgotten in one of them. */
    private void ecrire(Parcelle p) {
        tx.avec(h -> {
            h.createUpdate("insert into parcelle (domaine_id, id, nom, cepage, surface_ha, lat, lng, annee_plantation) "
                            + "values (:d, :id, :nom, :cepage, :surface, :lat, :lng, :annee) on conflict (domaine_id, id) do update set "
                            + "(nom, cepage, surface_ha, lat, lng, annee_plantation) = (excluded.nom, excluded.cepage, "
                            + "excluded.surface_ha, excluded.lat, excluded.lng, excluded.annee_plantation)")
                    .bind("d", p.domaineId())
                    .bind("id", p.id())
                    .bind("nom", p.nom())
                    .bind("cepage", p.cepage())
                    .bind("surface", p.surfaceHa())
                    .bind("lat", p.position().map(Coordonnees::lat).orElse(null))
                    .bind("lng", p.position().map(Coordonnees::lng).orElse(null))
                    .bind("annee", Colonnes.nullable(p.anneePlantation()))
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<Parcelle> trouver(long domaineId, long id) {
        return tx.trouver("parcelle", domaineId, id, (rs, ctx) -> parcelle(rs));
    }

    @Override
    public void supprimer(long domaineId, long id) {
        tx.supprimer("parcelle", domaineId, id);
    }

    @Override
    public List<Parcelle> rechercher(long domaineId, String texte) {
        String cherche = sansAccents(texte.strip());
        // Accent folding is done here, the same way as in memory, rather than with the unaccent extension.
        return tx
                .avec(h -> h.createQuery("select * from parcelle where domaine_id = :d")
                        .bind("d", domaineId)
                        .map((rs, ctx) -> parcelle(rs))
                        .list())
                .stream()
                .filter(p -> sansAccents(p.nom()).contains(cherche))
                .sorted(Comparator.comparing(Parcelle::nom).thenComparingLong(Parcelle::id))
                .toList();
    }

    private static String sansAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Parcelle parcelle(ResultSet rs) throws SQLException {
        BigDecimal lat = rs.getBigDecimal("lat");
        BigDecimal lng = rs.getBigDecimal("lng");
        return new Parcelle(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getString("nom"),
                rs.getString("cepage"),
                rs.getBigDecimal("surface_ha"),
                lat == null ? Optional.empty() : Optional.of(new Coordonnees(lat, lng)),
                Colonnes.optionalInt(rs, "annee_plantation"));
    }
}
