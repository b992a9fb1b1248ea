package fr.monchai.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: the fastest way to
 * write many rows, used by the bulk import of history.
 */
final class Copie {

    private final String table;
    private final StringBuilder texte = new StringBuilder(1 << 16);
    private boolean debutDeLigne = true;
    private long lignes;

    /** @param table the table and its columns, such as {@code ligne_mouvement (domaine_id, ...)} */
    Copie(String table) {
        this.table = table;
    }

    /** @param valeur the next column's value; {@code null} for SQL NULL */
    Copie col(Object valeur) {
        if (!debutDeLigne) {
            texte.append('\t');
        }
        debutDeLigne = false;
        if (valeur == null) {
            texte.append("\\N");
            return this;
        }
        String s = valeur.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> texte.append("\\\\");
                case '\t' -> texte.append("\\t");
                case '\n' -> texte.append("\\n");
                case '\r' -> texte.append("\\r");
                default -> texte.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void fin() {
        texte.append('\n');
        debutDeLigne = true;
        lignes++;
    }

    /** Sends the rows on the transaction's connection. */
    void envoyer(Handle h) {
        if (lignes == 0) {
            return;
        }
        try {
            Connection c = h.getConnection();
            Reader lecteur = new StringReader(texte.toString());
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", lecteur);
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
