package fr.monchai.server.api;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.server.http.Requete;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The journal's filter read from an address's query ({@code ?du=&au=&type=&statut=&lot=&cuve=}), in one place for the
 * API, its CSV and the pages: a value that cannot be read is refused naming its parameter, never silently dropped (a
 * page shows the refusal beside its filter form).
 */
public final class FiltresJournal {

    private FiltresJournal() {}

    /**
     * {@return the filter the request's query asks for}
     *
     * @param r the request, its domaine's register answering which lots a cuve has held
     * @throws fr.monchai.core.commun.DomainException ({@code SAISIE_INVALIDE}) naming the parameter it cannot read
     */
    public static FiltreJournal lire(Requete r) {
        FiltreJournal f = new FiltreJournal(
                r.date("du"),
                r.date("au"),
                r.query("type").map(t -> Requete.enumeration(TypeMouvement.class, "type", t.toUpperCase(Locale.ROOT))),
                r.query("statut")
                        .map(s -> Requete.enumeration(StatutMouvement.class, "statut", s.toUpperCase(Locale.ROOT))),
                Set.of());
        Optional<Long> lot = r.query("lot").map(l -> Requete.nombre("lot", l));
        if (lot.isPresent()) {
            return f.lot(lot.get());
        }
        Optional<Long> cuve = r.query("cuve").map(c -> Requete.nombre("cuve", c));
        if (cuve.isPresent()) {
            return f.lots(lotsDeLaCuve(r.chai(), cuve.get()));
        }
        return f;
    }

    /** Every lot the cuve has held: its history, not only its current wine. */
    private static Set<Long> lotsDeLaCuve(ChaiDomaine d, long cuve) {
        Set<Long> lots =
                d.lots().stream().filter(l -> l.cuveId() == cuve).map(Lot::id).collect(Collectors.toSet());
        // A cuve that never held a lot filters everything out, rather than nothing.
        return lots.isEmpty() ? Set.of(-1L) : lots;
    }
}
