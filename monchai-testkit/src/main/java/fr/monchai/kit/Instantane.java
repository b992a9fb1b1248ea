package fr.monchai.kit;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.*;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** Everything a domaine's register shows, to check that a refused operation changed nothing. */
public record Instantane(
        List<Mouvement> journal,
        Map<Compte, Volume> soldes,
        List<Cuve> cuves,
        List<Lot> lots,
        List<BouteilleLot> bouteilleLots,
        List<Parcelle> parcelles,
        SortedSet<YearMonth> periodes) {

    public static Instantane de(MonChai chai, long domaine) {
        return new Instantane(
                chai.registre().journal(domaine, FiltreJournal.TOUT),
                chai.registre().soldes(domaine),
                chai.cuves().lister(domaine),
                chai.registre().lots(domaine),
                chai.registre().bouteilleLots(domaine),
                chai.parcelles().rechercher(domaine, ""),
                chai.periodes().verrouillees(domaine));
    }
}
