package fr.monchai.server.pages;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.server.http.Requete;

/** The cuve a page's address names ({@code /app/cuves/:id/…}), read once for every page that acts on a cuve. */
public final class Cuves {

    private Cuves() {}

    /**
     * {@return the state of the cuve the address names}
     *
     * @param r the request, its {@code :id} a cuve of the caller's domaine
     * @throws DomainException ({@code INTROUVABLE}) when the domaine has no such cuve
     */
    public static EtatCuve etat(Requete r) {
        Cuve c = Exiger.trouve(r.chai().cuve(r.id("id")), "id", "la cuve", r.id("id"));
        return r.chai().etatCuve(c.id());
    }

    /**
     * {@return the lot in the cuve}
     *
     * @param etat a cuve's state
     * @param champ the field a refusal names
     * @throws DomainException ({@code OPERATION_INCOHERENTE}) when the cuve is empty
     */
    public static Lot lot(EtatCuve etat, String champ) {
        return etat.lots().stream()
                .findFirst()
                .map(LotEnCuve::lot)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        champ,
                        "la cuve « " + etat.cuve().nom() + " » est vide : aucun vin sur lequel faire cette opération"));
    }
}
