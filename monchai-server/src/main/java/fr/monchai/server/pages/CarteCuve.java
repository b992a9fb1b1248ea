package fr.monchai.server.pages;

import fr.monchai.core.registre.EtatCuve;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Messages;
import java.util.List;

/**
 * A cuve as its card shows it, everywhere a cuve is shown or chosen: volume and capacity as text and as a meter, its
 * wine, its state in words (never « en cours », read as « fermentation in progress »).
 *
 * @param id the cuve's id
 * @param nom its name
 * @param materiau its material, or {@code ""}
 * @param capacite its capacity in hl, as shown
 * @param volume what it holds in hl, as shown
 * @param libre its free room in hl, as shown
 * @param capaciteMl its capacity in millilitres, for the meter
 * @param volumeMl what it holds in millilitres, for the meter
 * @param pourcent how full it is, rounded down
 * @param classe {@code vide}, {@code occupee} or {@code pleine}: the badge's class
 * @param etat its state in words
 * @param lots the lots it holds
 */
public record CarteCuve(
        long id,
        String nom,
        String materiau,
        String capacite,
        String volume,
        String libre,
        long capaciteMl,
        long volumeMl,
        long pourcent,
        String classe,
        String etat,
        List<LotDeCuve> lots) {

    /**
     * A lot in a cuve's card.
     *
     * @param id the lot's id
     * @param reference its reference
     * @param produit its product's customs label
     * @param volume its volume in hl, as shown
     */
    public record LotDeCuve(long id, String reference, String produit, String volume) {}

    /** The share of its capacity from which a cuve reads « pleine ». */
    private static final long PLEINE = 95;

    /**
     * {@return the card of a cuve's state}
     *
     * @param e a cuve's state
     */
    public static CarteCuve de(EtatCuve e) {
        long capacite = e.cuve().capacite().millilitres();
        long pourcent = capacite == 0 ? 0 : e.volume().millilitres() * 100 / capacite;
        String classe = e.volume().estNul() ? "vide" : pourcent >= PLEINE ? "pleine" : "occupee";
        return new CarteCuve(
                e.cuve().id(),
                e.cuve().nom(),
                e.cuve().materiau(),
                Formats.hl(e.cuve().capacite()),
                Formats.hl(e.volume()),
                Formats.hl(e.libre()),
                capacite,
                e.volume().millilitres(),
                pourcent,
                classe,
                Messages.texte("cuve.etat." + classe),
                e.lots().stream()
                        .map(l -> new LotDeCuve(
                                l.lot().id(),
                                l.lot().reference(),
                                l.lot().produit().libelleDouane(),
                                Formats.hl(l.volume())))
                        .toList());
    }
}
