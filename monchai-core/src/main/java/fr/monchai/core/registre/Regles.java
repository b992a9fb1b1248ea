package fr.monchai.core.registre;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ledger's rules, checked before any movement is stored or validated: legs that sum to
 * zero, no movement in a declared period, no stock account below zero and no cuve above
 * its capacity at the movement's date <em>or any later one</em>, so that back-dated
 * movements cannot break what was already recorded.
 */
public final class Regles {

    /** How dates appear in messages. */
    public static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Cuves cuves;
    private final Lots lots;
    private final BouteilleLots bouteilleLots;
    private final Journal journal;
    private final Periodes periodes;
    /**
     * Builds the rules over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param cuves the store's cuves
     * @param lots the store's lots
     * @param bouteilleLots the store's bouteilleLots
     * @param journal the store's journal
     * @param periodes the periods service, which locks the declared months
     */
    public Regles(Cuves cuves, Lots lots, BouteilleLots bouteilleLots, Journal journal, Periodes periodes) {
        this.cuves = cuves;
        this.lots = lots;
        this.bouteilleLots = bouteilleLots;
        this.journal = journal;
        this.periodes = periodes;
    }

    /**
     * Checks that an exit's fiscal destination suits what leaves: bulk wine never leaves duty-paid
     * ({@code FRANCE_DROITS_ACQUITTES}) — it carries no capsule, and its duty is paid as it leaves,
     * on the DRM: a sale of bulk wine in France is {@code FRANCE_DROITS_SUSPENDUS} (petit vrac,
     * under a DSA).
     *
     * @param champ the field to name in the refusal
     * @param stock the stock account the wine leaves
     * @param destination where it goes
     * @throws DomainException ({@code SAISIE_INVALIDE}) when bulk wine would leave duty-paid
     */
    public static void verifierDestination(String champ, Compte stock, DestinationFiscale destination) {
        if (stock instanceof Compte.DeLot && destination == DestinationFiscale.FRANCE_DROITS_ACQUITTES) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "du vin en vrac ne sort pas en droits acquittés : il ne porte "
                            + "pas de capsule et ses droits se paient à sa sortie, sur la DRM — une vente de vrac en France est en droits "
                            + "suspendus (FRANCE_DROITS_SUSPENDUS, petit vrac sous DSA)");
        }
    }

    /**
     * Checks that bottles held duty-paid (bought with their duty paid) leave duty-paid only: their duty
     * is paid, so they are sold in France as such ({@code FRANCE_DROITS_ACQUITTES}); exporting them or
     * selling them under bond would first put them back under suspension, which customs handle apart.
     *
     * @param champ the field to name in the refusal
     * @param bouteilles the bouteille lot they leave
     * @param destination where they go
     * @throws DomainException ({@code SAISIE_INVALIDE}) when duty-paid bottles would leave otherwise
     */
    public static void verifierSortieDeBouteilles(
            String champ, fr.monchai.core.chai.BouteilleLot bouteilles, DestinationFiscale destination) {
        if (bouteilles.droitsAcquittes() && destination != DestinationFiscale.FRANCE_DROITS_ACQUITTES) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "les bouteilles « " + bouteilles.reference() + " » sont en "
                            + "droits acquittés (achetées droits payés) : elles ne sortent qu'en droits acquittés (FRANCE_DROITS_ACQUITTES), "
                            + "pas en " + destination);
        }
    }

    /**
     * Checks that legs sum to zero.
     *
     * @param lignes a movement's legs, built by a use case
     * @throws IllegalStateException when a use case built legs that do not balance: a bug, not bad input
     */
    public static void verifierEquilibre(List<LigneMouvement> lignes) {
        Volume somme = Volume.ZERO;
        for (LigneMouvement l : lignes) {
            if (l.volume().estNul()) {
                throw new IllegalStateException("zero leg on " + l.compte());
            }
            somme = somme.plus(l.volume());
        }
        if (!somme.estNul() || lignes.size() < 2) {
            throw new IllegalStateException("unbalanced legs " + lignes);
        }
    }

    /**
     * {@return the last day of the latest declared month, if any}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public Optional<LocalDate> finPeriodeDeclaree(long domaineId) {
        var mois = periodes.verrouillees(domaineId);
        return mois.isEmpty() ? Optional.empty() : Optional.of(mois.last().atEndOfMonth());
    }

    /**
     * A movement may not be dated on or before the end of the latest declared month: that
     * would change a stock already declared to customs.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param date the movement's date
     */
    public void verifierPeriodeOuverte(long domaineId, LocalDate date) {
        finPeriodeDeclaree(domaineId).ifPresent(fin -> {
            if (!date.isAfter(fin)) {
                throw new DomainException(
                        CodeErreur.PERIODE_VERROUILLEE,
                        "date",
                        "la période jusqu'au " + fin.format(DATE_FR) + " (" + YearMonth.from(fin)
                                + ") est déclarée : aucun mouvement ne peut plus y être daté, et le "
                                + date.format(DATE_FR) + " en fait partie");
            }
        });
    }

    /**
     * Checks that the legs, validated at the end of {@code date}, leave every stock account (and
     * the wine away at a provider) at zero or above and every cuve within its capacity, at that
     * date and at every later movement of the journal.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param date the movement's date
     * @param lignes its legs
     */
    public void verifierFaisable(long domaineId, LocalDate date, List<LigneMouvement> lignes) {
        verifierEquilibre(lignes);
        Position position = Position.finDe(date);
        Map<Compte, Volume> parCompte = new LinkedHashMap<>();
        for (LigneMouvement l : lignes) {
            if (l.compte().jamaisNegatif()) {
                parCompte.merge(l.compte(), l.volume(), Volume::plus);
            }
        }
        Map<Long, Volume> parCuve = new LinkedHashMap<>();
        for (Map.Entry<Compte, Volume> e : parCompte.entrySet()) {
            Compte compte = e.getKey();
            Volume delta = e.getValue();
            // How the refusal names what would go below zero, and what the movement does to it.
            String nom;
            String operation = "d'en sortir ";
            String champ = "volumeHl";
            java.util.function.Function<Volume, String> quantite = Volume::toString;
            if (compte instanceof Compte.DeLot l) {
                Lot lot = lots.trouver(domaineId, l.lotId()).orElseThrow();
                parCuve.merge(lot.cuveId(), delta, Volume::plus);
                nom = "le lot « " + lot.reference() + " » n'a que ";
            } else if (compte instanceof Compte.Externe) {
                nom = "chez les prestataires (travail à façon), il n'y a que ";
                operation = "d'en faire revenir ";
            } else {
                BouteilleLot b = bouteilleLots
                        .trouver(domaineId, ((Compte.DeBouteilles) compte).bouteilleLotId())
                        .orElseThrow();
                if (delta.millilitres() % b.contenanceMl() != 0) {
                    throw new IllegalStateException(
                            "bottle leg " + delta + " is not whole bottles of " + b.contenanceMl());
                }
                nom = "les bouteilles « " + b.reference() + " » n'en comptent que ";
                // Bottles are counted in bottles, and the field is their number.
                champ = "nbBouteilles";
                long contenance = b.contenanceMl();
                quantite = v -> v.millilitres() / contenance + " bouteilles";
            }
            if (delta.estNegatif()) {
                Volume disponible = journal.soldeMinimumAPartirDe(domaineId, compte, position);
                if (disponible.plus(delta).estNegatif()) {
                    throw new DomainException(
                            CodeErreur.VOLUME_INSUFFISANT,
                            champ,
                            nom + quantite.apply(disponible) + " disponibles au " + date.format(DATE_FR)
                                    + " (en tenant compte des mouvements postérieurs) : impossible " + operation
                                    + quantite.apply(delta.abs()));
                }
            }
        }
        for (Map.Entry<Long, Volume> e : parCuve.entrySet()) {
            if (e.getValue().estPositif()) {
                verifierCapacite(domaineId, e.getKey(), e.getValue(), position, date);
            }
        }
    }

    private void verifierCapacite(long domaineId, long cuveId, Volume ajout, Position position, LocalDate date) {
        Cuve cuve = cuves.trouver(domaineId, cuveId).orElseThrow();
        Volume plein = journal.niveauMaximumAPartirDe(domaineId, cuveId, position);
        if (plein.plus(ajout).compareTo(cuve.capacite()) > 0) {
            Volume libre = cuve.capacite().moins(plein);
            throw new DomainException(
                    CodeErreur.CAPACITE_DEPASSEE,
                    "destinationCuveId",
                    "la cuve « " + cuve.nom() + " » (" + cuve.capacite() + ") n'a que " + libre
                            + " de place libre au " + date.format(DATE_FR)
                            + " (en tenant compte des mouvements postérieurs) : impossible d'y mettre " + ajout);
        }
    }

    /**
     * Locks the balances a movement touches (its stock accounts, outside accounts and the
     * cuves of its lots), in a fixed order, before it is checked and validated.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param lignes the movement's legs
     */
    public void verrouillerSoldes(long domaineId, List<LigneMouvement> lignes) {
        TreeMap<String, Compte> comptes = new TreeMap<>();
        TreeSet<Long> cuves = new TreeSet<>();
        for (LigneMouvement l : lignes) {
            comptes.put(l.compte().cle(), l.compte());
            if (l.compte() instanceof Compte.DeLot lot) {
                cuves.add(lots.trouver(domaineId, lot.lotId()).orElseThrow().cuveId());
            }
        }
        journal.verrouillerSoldes(domaineId, List.copyOf(comptes.values()), List.copyOf(cuves));
    }

    /**
     * For stores that keep legs in lists: the lowest balance at the position and at every
     * later leg.
     *
     * @param ecritures an account's legs, in register order
     * @param position a point in time
     * @return the lowest balance from that position on
     */
    public static Volume minimumAPartirDe(List<Ecriture> ecritures, Position position) {
        return extremum(ecritures, position, -1);
    }

    /**
     * For stores that keep legs in lists: the highest balance at the position and at every
     * later leg.
     *
     * @param ecritures legs, in register order
     * @param position a point in time
     * @return the highest balance from that position on
     */
    public static Volume maximumAPartirDe(List<Ecriture> ecritures, Position position) {
        return extremum(ecritures, position, 1);
    }

    private static Volume extremum(List<Ecriture> ecritures, Position position, int sens) {
        Volume solde = Volume.ZERO;
        Volume extremum = null;
        for (Ecriture e : ecritures) {
            if (extremum == null && e.position().compareTo(position) > 0) {
                extremum = solde;
            }
            solde = solde.plus(e.volume());
            if (extremum != null && Integer.signum(solde.compareTo(extremum)) * sens > 0) {
                extremum = solde;
            }
        }
        return extremum == null ? solde : extremum;
    }
}
