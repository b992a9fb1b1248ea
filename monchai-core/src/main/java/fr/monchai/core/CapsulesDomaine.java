package fr.monchai.core;

import fr.monchai.core.chai.*;
import fr.monchai.core.commun.*;
import fr.monchai.core.crd.*;
import fr.monchai.core.declaration.*;
import fr.monchai.core.journal.*;
import fr.monchai.core.registre.*;
import fr.monchai.core.vente.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One domaine's CRD capsules, every use case bound to it: their movements and stock by kind. Take it with
 * {@link ChaiDomaine#capsules()}; each call is one transaction, and a refusal writes nothing.
 */
public final class CapsulesDomaine {

    private final MonChai chai;
    private final long domaineId;

    CapsulesDomaine(MonChai chai, long domaineId) {
        this.chai = chai;
        this.domaineId = domaineId;
    }

    /**
     * {@return it, stored}
     * Same as {@link CapsuleService#enregistrer}, on this domaine.
     *
     * @param saisie the movement
     * @throws DomainException when the input is invalid, the month is declared, an observation is missing, or an exit would leave that stock below zero at its date or later
     */
    public MouvementCrd enregistrer(NouveauMouvementCrd saisie) {
        return chai.capsules().enregistrer(domaineId, saisie);
    }

    /**
     * {@return the stock of every kind of capsule that has a movement by then, at the end of that day}
     * Same as {@link CapsuleService#soldes}, on this domaine.
     *
     * @param date a day
     */
    public Map<CompteCapsules, Long> soldes(LocalDate date) {
        return chai.capsules().soldes(domaineId, date);
    }

    /**
     * {@return the movements dated in that period, by date then id}
     * Same as {@link CapsuleService#mouvements}, on this domaine.
     *
     * @param du the first day
     * @param au the last day
     */
    public List<MouvementCrd> mouvements(LocalDate du, LocalDate au) {
        return chai.capsules().mouvements(domaineId, du, au);
    }
}
