package fr.monchai.core.registre;

import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays validated movements, in register order, to know what every stock account is
 * made of. Wine leaving an account takes its share of each composant; wine reaching
 * several accounts is shared out in proportion; every split is exact to the millilitre.
 */
public final class Rejeu {

    private final Map<Compte, Composition> compositions = new HashMap<>();

    /** Starts with no composition: replay the validated movements in register order. */
    public Rejeu() {}

    /**
     * Replays one movement on the compositions.
     *
     * @param mouvement the next validated movement, in register order
     */
    public void appliquer(Mouvement mouvement) {
        Composition sortieStock = Composition.VIDE;
        for (LigneMouvement l : mouvement.lignes()) {
            if (l.compte().estStock() && l.volume().estNegatif()) {
                Composition avant = composition(l.compte());
                Composition part = avant.proportionnelle(l.volume().abs());
                compositions.put(l.compte(), avant.moins(part));
                sortieStock = sortieStock.plus(part);
            }
        }
        Composition reserve = sortieStock;
        for (LigneMouvement l : mouvement.lignes()) {
            if (!l.compte().estStock() && l.volume().estNegatif()) {
                reserve = reserve.plus(origineExterieure(mouvement, l.volume().abs(), sortieStock));
            }
        }
        List<LigneMouvement> arrivees = new ArrayList<>();
        for (LigneMouvement l : mouvement.lignes()) {
            if (l.volume().estPositif()) {
                arrivees.add(l);
            }
        }
        for (int i = 0; i < arrivees.size(); i++) {
            LigneMouvement l = arrivees.get(i);
            Composition part = i == arrivees.size() - 1 ? reserve : reserve.proportionnelle(l.volume());
            reserve = reserve.moins(part);
            if (l.compte().estStock()) {
                compositions.put(l.compte(), composition(l.compte()).plus(part));
            }
        }
    }

    /**
     * What wine coming from outside is made of: the declared origin of a harvest or a
     * purchase; otherwise (a reversed loss, an inventory surplus) the shape of the wine it
     * goes with.
     */
    private Composition origineExterieure(Mouvement mouvement, Volume volume, Composition sortieStock) {
        if (mouvement.apport().isPresent()) {
            return Composition.de(mouvement.apport().get(), volume);
        }
        if (!sortieStock.estVide()) {
            return sortieStock.proportionnelle(volume);
        }
        for (LigneMouvement l : mouvement.lignes()) {
            if (l.compte().estStock()
                    && l.volume().estPositif()
                    && !composition(l.compte()).estVide()) {
                return composition(l.compte()).proportionnelle(volume);
            }
        }
        return Composition.de(Composant.INDETERMINE, volume);
    }

    /**
     * {@return what it is made of after the movements applied so far}
     *
     * @param compte a stock account
     */
    public Composition composition(Compte compte) {
        return compositions.getOrDefault(compte, Composition.VIDE);
    }
}
