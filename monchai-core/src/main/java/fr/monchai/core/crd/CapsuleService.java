package fr.monchai.core.crd;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.Regles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CRD capsule stock (capsules représentatives de droits): purchases, uses at bottling,
 * destructions and inventory differences, kept like the wine itself — never below zero at
 * any date, nothing dated in a declared month — so that the DRM's CRD account comes from
 * records rather than being typed in.
 */
public final class CapsuleService {

    /** The counter series that serialises a domaine's capsule movements (and numbers them). */
    public static final String SERIE_CRD = "crd";

    private static final Comparator<CompteCapsules> ORDRE = Comparator.comparing(CompteCapsules::categorie)
            .thenComparing(CompteCapsules::type)
            .thenComparingInt(CompteCapsules::contenanceMl)
            .thenComparing(CompteCapsules::contenant)
            .thenComparing(c -> c.couleur().map(Enum::ordinal).orElse(-1));

    private final Transactions transactions;
    private final Domaines domaines;
    private final Compteurs compteurs;
    private final Capsules capsules;
    private final Regles regles;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param compteurs the store's compteurs
     * @param capsules the store's capsules
     * @param regles the register's rules over the same store
     */
    public CapsuleService(
            Transactions transactions, Domaines domaines, Compteurs compteurs, Capsules capsules, Regles regles) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.compteurs = compteurs;
        this.capsules = capsules;
        this.regles = regles;
    }

    /**
     * Records a movement of capsules.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the movement
     * @return it, stored
     * @throws DomainException when the input is invalid, the month is declared, an observation
     *     is missing, or an exit would leave that stock below zero at its date or later
     */
    public MouvementCrd enregistrer(long domaineId, NouveauMouvementCrd saisie) {
        Saisie.verifier(saisie);
        String observation = saisie.observation().map(String::strip).orElse("");
        if (saisie.nature().exigeObservation() && observation.isEmpty()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "observation",
                    "une autre entrée ou une autre sortie de capsules doit être expliquée (observation)");
        }
        return transactions.executer(() -> {
            Exiger.trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            fr.monchai.core.chai.Contenances.verifier(
                    "contenanceMl", saisie.contenanceMl(), domaines.contenances(domaineId));
            compteurs.suivant(domaineId, SERIE_CRD);
            regles.verifierPeriodeOuverte(domaineId, saisie.date());
            CompteCapsules compte = saisie.compte();
            MouvementCrd nouveau = new MouvementCrd(
                    0, domaineId, saisie.date(), compte, saisie.nature(), saisie.quantite(), observation);
            if (nouveau.effet() < 0) {
                long disponible = solde(domaineId, compte, saisie.date());
                long courant = disponible;
                for (MouvementCrd m : capsules.jusquAu(domaineId, LocalDate.MAX)) {
                    if (m.compte().equals(compte) && m.date().isAfter(saisie.date())) {
                        courant += m.effet();
                        disponible = Math.min(disponible, courant);
                    }
                }
                if (disponible + nouveau.effet() < 0) {
                    throw new DomainException(
                            CodeErreur.VOLUME_INSUFFISANT,
                            "quantite",
                            "il n'y a que " + Math.max(0, disponible) + " capsules " + libelle(compte) + " au "
                                    + saisie.date().format(Regles.DATE_FR)
                                    + " (en tenant compte des mouvements postérieurs) : "
                                    + "impossible d'en sortir " + saisie.quantite());
                }
            }
            return capsules.inserer(nouveau);
        });
    }

    /**
     * {@return how many there are at the end of that day}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte which capsules
     * @param date a day
     */
    public long solde(long domaineId, CompteCapsules compte, LocalDate date) {
        return capsules.jusquAu(domaineId, date).stream()
                .filter(m -> m.compte().equals(compte))
                .mapToLong(MouvementCrd::effet)
                .sum();
    }

    /**
     * {@return the stock of every kind of capsule that has a movement by then, at the end of that day}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param date a day
     */
    public Map<CompteCapsules, Long> soldes(long domaineId, LocalDate date) {
        Map<CompteCapsules, Long> soldes = new TreeMap<>(ORDRE);
        for (MouvementCrd m : capsules.jusquAu(domaineId, date)) {
            soldes.merge(m.compte(), m.effet(), Long::sum);
        }
        return soldes;
    }

    /**
     * {@return the movements dated in that period, by date then id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param du the first day
     * @param au the last day
     */
    public List<MouvementCrd> mouvements(long domaineId, LocalDate du, LocalDate au) {
        return capsules.jusquAu(domaineId, au).stream()
                .filter(m -> !m.date().isBefore(du))
                .toList();
    }

    /**
     * {@return a readable name of a kind of capsule, such as « vin tranquille personnalisées 75 cl » or « vin tranquille
     * collectives en droits suspendus BIB 3 l vert »}
     *
     * @param c a kind of capsule
     */
    public static String libelle(CompteCapsules c) {
        String type = switch (c.type()) {
            case PERSONNALISEES -> "personnalisées";
            case COLLECTIVES_DROITS_SUSPENDUS -> "collectives en droits suspendus";
            case COLLECTIVES_DROITS_ACQUITTES -> "collectives en droits acquittés";
        };
        String categorie = switch (c.categorie()) {
            case TRANQUILLE -> "« vin tranquille ";
            case MOUSSEUX -> "« vin mousseux ";
            case PRODUITS_INTERMEDIAIRES -> "« produit intermédiaire (VDN, VDL) ";
        };
        String taille = c.contenant() == Contenant.BIB
                ? "BIB "
                        + java.math.BigDecimal.valueOf(c.contenanceMl(), 3)
                                .stripTrailingZeros()
                                .toPlainString()
                                .replace('.', ',')
                        + " l"
                : java.math.BigDecimal.valueOf(c.contenanceMl(), 1)
                                .stripTrailingZeros()
                                .toPlainString()
                                .replace('.', ',')
                        + " cl";
        return categorie + type + " " + taille
                + c.couleur()
                        .map(k -> " " + k.libelle().toLowerCase(java.util.Locale.ROOT))
                        .orElse("") + " »";
    }
}
