package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.SqlStatement;

/** Reading and binding the columns several tables share. */
final class Colonnes {

    static final String COLONNES_PRODUIT =
            "certification, genre, appellation, mention, lieu, couleur, cepage, libelle_douane, code_inao, "
                    + "tav, premix";
    static final String VALEURS_PRODUIT =
            ":certification, :genre, :appellation, :mention, :lieu, :couleur, :cepage, :libelle_douane, "
                    + ":code_inao, :tav, :premix";

    private Colonnes() {}

    static ProduitFiscal produit(ResultSet rs) throws SQLException {
        return new ProduitFiscal(
                Certification.valueOf(rs.getString("certification")),
                Genre.valueOf(rs.getString("genre")),
                rs.getString("appellation"),
                rs.getString("mention"),
                rs.getString("lieu"),
                Couleur.valueOf(rs.getString("couleur")),
                rs.getString("cepage"),
                rs.getString("libelle_douane"),
                rs.getString("code_inao"),
                java.util.Optional.ofNullable(rs.getBigDecimal("tav")),
                rs.getBoolean("premix"));
    }

    static <S extends SqlStatement<S>> S lier(S requete, ProduitFiscal p) {
        return requete.bind("certification", p.certification().name())
                .bind("genre", p.genre().name())
                .bind("appellation", p.appellation())
                .bind("mention", p.mention())
                .bind("lieu", p.lieu())
                .bind("couleur", p.couleur().name())
                .bind("cepage", p.cepage())
                .bind("libelle_douane", p.libelleDouane())
                .bind("code_inao", p.codeInao())
                .bindByType("tav", p.tav().orElse(null), java.math.BigDecimal.class)
                .bind("premix", p.premix());
    }

    static LocalDate date(ResultSet rs, String colonne) throws SQLException {
        return rs.getObject(colonne, LocalDate.class);
    }

    static Volume volume(ResultSet rs, String colonne) throws SQLException {
        return Volume.ml(rs.getLong(colonne));
    }

    static OptionalLong optionalLong(ResultSet rs, String colonne) throws SQLException {
        long v = rs.getLong(colonne);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static OptionalInt optionalInt(ResultSet rs, String colonne) throws SQLException {
        int v = rs.getInt(colonne);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    static Long nullable(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    static Integer nullable(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    static long nouvelId(org.jdbi.v3.core.Handle h) {
        return h.createQuery("select nextval('monchai_id')").mapTo(Long.class).one();
    }
}
