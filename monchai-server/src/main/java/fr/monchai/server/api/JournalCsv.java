package fr.monchai.server.api;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.server.http.Tableur;
import fr.monchai.server.textes.Libelles;
import java.util.OptionalLong;

/**
 * The journal as a CSV, one leg per row, written once for the API ({@code /api/mouvements.csv}, for programs: codes,
 * decimal points) and the page ({@code /app/journal.csv}, for a French spreadsheet: words, decimal commas). Both have
 * the same columns — the API's first nine as they always were, then each leg's cuve, lot, product and bottle count —
 * and both go through the {@link Tableur}, which neutralises spreadsheet formulas.
 */
public final class JournalCsv {

    private JournalCsv() {}

    /** Who reads the file. */
    public enum Lecteur {
        /** A program: {@code ,}, codes and keys, column names without spaces. */
        PROGRAMME,
        /** A person in a French spreadsheet: {@code ;}, words, accented column names. */
        TABLEUR
    }

    /**
     * {@return the journal's legs matching the filter, as a CSV file's bytes}
     *
     * @param d the domaine's register
     * @param filtre which movements
     * @param lecteur who reads it
     */
    public static byte[] ecrire(ChaiDomaine d, FiltreJournal filtre, Lecteur lecteur) {
        boolean tableur = lecteur == Lecteur.TABLEUR;
        Libelles libelles = new Libelles(d);
        Tableur csv = tableur ? Tableur.francais() : Tableur.standard();
        csv.ligne(
                tableur
                        ? new Object[] {
                            "numéro",
                            "date",
                            "type",
                            "statut",
                            "compte",
                            "volume (hl)",
                            "destination",
                            "commentaire",
                            "mouvement",
                            "cuve",
                            "lot",
                            "produit",
                            "bouteilles"
                        }
                        : new Object[] {
                            "numero",
                            "date",
                            "type",
                            "statut",
                            "compte",
                            "volume_hl",
                            "destination",
                            "commentaire",
                            "mouvement_id",
                            "cuve",
                            "lot",
                            "produit",
                            "bouteilles"
                        });
        for (Mouvement m : d.journal(filtre)) {
            for (LigneMouvement l : m.lignes()) {
                OptionalLong n = libelles.bouteilles(l);
                csv.ligne(
                        m.numero().isPresent() ? (Object) m.numero().getAsLong() : "",
                        m.date(),
                        tableur ? Libelles.type(m.type()) : m.type().code(),
                        tableur ? Libelles.statut(m.statut()) : m.statut().name(),
                        tableur ? libelles.compte(l.compte()) : l.compte().cle(),
                        l.volume().enHl(),
                        m.destination()
                                .map(x -> tableur ? Libelles.externe(((Compte.Externe) x.compte()).nature()) : x.name())
                                .orElse(""),
                        m.commentaire(),
                        m.id(),
                        libelles.cuve(l.compte()).map(Cuve::nom).orElse(""),
                        libelles.reference(l.compte()),
                        libelles.produit(l.compte()),
                        n.isPresent() ? (Object) n.getAsLong() : "");
            }
        }
        return csv.octets();
    }
}
