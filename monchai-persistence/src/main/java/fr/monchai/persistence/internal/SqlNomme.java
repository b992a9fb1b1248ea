package fr.monchai.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements sent together in one JDBC execution (one round trip), written with named parameters
 * ({@code :d}) that JDBC does not know: each name becomes a {@code ?}, bound in order from a map.
 *
 * @param sql the statements with {@code ?}
 * @param noms the name of each {@code ?}, in order
 */
record SqlNomme(String sql, List<String> noms) {

    private static final Pattern NOM = Pattern.compile("(?<!:):([a-zA-Z]\\w*)");

    /** @param sqlNomme statements with {@code :name} parameters ({@code ::type} casts are left alone) */
    static SqlNomme de(String sqlNomme) {
        Matcher nom = NOM.matcher(sqlNomme);
        StringBuilder sql = new StringBuilder();
        List<String> noms = new ArrayList<>();
        while (nom.find()) {
            noms.add(nom.group(1));
            nom.appendReplacement(sql, "?");
        }
        nom.appendTail(sql);
        return new SqlNomme(sql.toString(), List.copyOf(noms));
    }

    /** Binds each {@code ?} to its name's value (a {@link java.sql.Array}, a date, a number or a text). */
    void lier(PreparedStatement ps, Map<String, Object> valeurs) throws SQLException {
        for (int i = 0; i < noms.size(); i++) {
            Object valeur = valeurs.get(noms.get(i));
            if (valeur == null) {
                throw new IllegalArgumentException("no value for :" + noms.get(i));
            }
            ps.setObject(i + 1, valeur);
        }
    }
}
