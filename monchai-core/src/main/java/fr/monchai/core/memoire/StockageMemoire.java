package fr.monchai.core.memoire;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.Capsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.declaration.Declarations;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.registre.BouteilleLots;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Cuves;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.Journal;
import fr.monchai.core.registre.Lots;
import fr.monchai.core.registre.Parcelles;
import fr.monchai.core.registre.Periodes;
import fr.monchai.core.registre.ReferencesSortie;
import fr.monchai.core.registre.Regles;
import fr.monchai.core.registre.Vendanges;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's ports in memory. Thread-safe: one lock serialises transactions, and a
 * failed transaction is undone completely. Balances are computed from the journal, which
 * is fine for the volumes of a demo or a test; PostgreSQL carries them on rows instead.
 */
public final class StockageMemoire {

    private StockageMemoire() {}

    /** {@return a new, empty in-memory store} */
    public static Stockage creer() {
        Etat etat = new Etat();
        Table<Domaine> domaines = new Table<>(etat);
        Table<Parcelle> parcelles = new Table<>(etat);
        Table<Vendange> vendanges = new Table<>(etat);
        Table<Cuve> cuves = new Table<>(etat);
        Table<Lot> lots = new Table<>(etat);
        Table<BouteilleLot> bouteilles = new Table<>(etat);
        Table<Mouvement> mouvements = new Table<>(etat);
        Table<Long> compteurs = new Table<>(etat);
        Table<java.util.SortedSet<YearMonth>> periodes = new Table<>(etat);
        Map<String, Long> series = new HashMap<>();

        Domaines lesDomaines = new DomainesMemoire(etat, domaines);

        Parcelles lesParcelles = new ParcellesMemoire(etat, parcelles);

        Vendanges lesVendanges = new VendangesMemoire(etat, vendanges);

        Cuves lesCuves = new CuvesMemoire(cuves);

        Lots lesLots = new LotsMemoire(etat, lots);

        BouteilleLots lesBouteilles = new BouteilleLotsMemoire(bouteilles);

        Journal journal = new JournalMemoire(etat, mouvements, lots);

        Compteurs lesCompteurs = (domaineId, serie) -> etat.transaction(() -> {
            long idSerie = series.computeIfAbsent(serie, s -> (long) series.size() + 1);
            long suivant = compteurs.trouver(domaineId, idSerie).orElse(0L) + 1;
            compteurs.mettre(domaineId, idSerie, suivant);
            return suivant;
        });

        Periodes lesPeriodes = new PeriodesMemoire(etat, periodes);

        Table<MouvementCrd> crd = new Table<>(etat);
        Capsules lesCapsules = new CapsulesMemoire(etat, crd);

        Table<ReferenceSortie> references = new Table<>(etat);
        ReferencesSortie lesReferences = new ReferencesSortieMemoire(etat, mouvements, references);

        Table<ExportDeclaration> exports = new Table<>(etat);
        Declarations lesDeclarations = new DeclarationsMemoire(etat, exports);

        return new Stockage(
                etat::transaction,
                lesDomaines,
                lesParcelles,
                lesVendanges,
                lesCuves,
                lesLots,
                lesBouteilles,
                journal,
                lesCompteurs,
                lesPeriodes,
                lesCapsules,
                lesReferences,
                lesDeclarations,
                new VentesMemoire(etat));
    }

    static String sansAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static final class JournalMemoire implements Journal {

        private static final Comparator<Mouvement> ORDRE_REGISTRE = Comparator.comparing(
                        (Mouvement m) -> !m.statut().compte())
                .thenComparing(m -> m.statut().compte() ? m.date() : LocalDate.MIN)
                .thenComparingLong(m -> m.numero().orElse(0))
                .thenComparingLong(Mouvement::id);

        private final Etat etat;
        private final Table<Mouvement> mouvements;
        private final Table<Lot> lots;

        JournalMemoire(Etat etat, Table<Mouvement> mouvements, Table<Lot> lots) {
            this.etat = etat;
            this.mouvements = mouvements;
            this.lots = lots;
        }

        @Override
        public Mouvement inserer(Mouvement m) {
            return mouvements.inserer(m.domaineId(), m::avecId);
        }

        @Override
        public void mettreAJour(Mouvement m) {
            mouvements.remplacer(m.domaineId(), m.id(), m);
        }

        @Override
        public void valider(Mouvement m) {
            // Balances are computed from the validated movements: storing it books it.
            etat.ecrire(() -> {
                if (mouvements
                        .trouver(m.domaineId(), m.id())
                        .map(avant -> avant.statut() != StatutMouvement.BROUILLON)
                        .orElse(true)) {
                    throw new DomainException(
                            CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                            "mouvementId",
                            "le mouvement n° " + m.id() + " n'est plus un brouillon : il vient d'être validé");
                }
                mouvements.mettre(m.domaineId(), m.id(), m);
            });
        }

        @Override
        public Optional<Mouvement> trouver(long domaineId, long id) {
            return mouvements.lire(domaineId, id);
        }

        @Override
        public void supprimer(long domaineId, long id) {
            mouvements.effacer(domaineId, id);
        }

        @Override
        public List<Mouvement> lister(long domaineId, FiltreJournal filtre) {
            return etat.lire(() -> mouvements.duDomaine(domaineId).stream()
                    .filter(filtre::accepte)
                    .sorted(ORDRE_REGISTRE)
                    .toList());
        }

        private List<Mouvement> valides(long domaineId) {
            return mouvements.duDomaine(domaineId).stream()
                    .filter(m -> m.statut().compte())
                    .sorted(ORDRE_REGISTRE)
                    .toList();
        }

        @Override
        public List<Ecriture> ecritures(long domaineId, Compte compte) {
            return etat.lire(() -> {
                List<Ecriture> resultat = new ArrayList<>();
                for (Mouvement m : valides(domaineId)) {
                    for (LigneMouvement l : m.lignes()) {
                        if (l.compte().equals(compte)) {
                            resultat.add(new Ecriture(m.position(), m.id(), l.volume()));
                        }
                    }
                }
                return resultat;
            });
        }

        @Override
        public Volume solde(long domaineId, Compte compte, Position position) {
            return etat.lire(() -> {
                Volume solde = Volume.ZERO;
                for (Ecriture e : ecritures(domaineId, compte)) {
                    if (e.position().compareTo(position) <= 0) {
                        solde = solde.plus(e.volume());
                    }
                }
                return solde;
            });
        }

        @Override
        public Volume soldeMinimumAPartirDe(long domaineId, Compte compte, Position position) {
            return etat.lire(() -> Regles.minimumAPartirDe(ecritures(domaineId, compte), position));
        }

        @Override
        public Volume niveauMaximumAPartirDe(long domaineId, long cuveId, Position position) {
            return etat.lire(() -> {
                List<Ecriture> ecritures = new ArrayList<>();
                for (Lot lot : lots.duDomaine(domaineId)) {
                    if (lot.cuveId() == cuveId) {
                        ecritures.addAll(ecritures(domaineId, new Compte.DeLot(lot.id())));
                    }
                }
                ecritures.sort(Comparator.comparing(Ecriture::position));
                return Regles.maximumAPartirDe(ecritures, position);
            });
        }

        @Override
        public void verrouillerSoldes(long domaineId, List<Compte> comptes, List<Long> cuves) {
            // The store's one lock already serialises transactions.
        }

        @Override
        public Map<Compte, Volume> soldes(long domaineId) {
            return etat.lire(() -> {
                Map<Compte, Volume> soldes = new LinkedHashMap<>();
                for (Mouvement m : valides(domaineId)) {
                    for (LigneMouvement l : m.lignes()) {
                        soldes.merge(l.compte(), l.volume(), Volume::plus);
                    }
                }
                return soldes;
            });
        }

        @Override
        public Optional<LocalDate> derniereDateValidee(long domaineId) {
            return etat.lire(() -> mouvements.duDomaine(domaineId).stream()
                    .filter(m -> m.statut().compte())
                    .map(Mouvement::date)
                    .max(Comparator.naturalOrder()));
        }

        @Override
        public Optional<Mouvement> contrePassationDe(long domaineId, long mouvementId) {
            return etat.lire(() -> mouvements.duDomaine(domaineId).stream()
                    .filter(m -> m.type() == TypeMouvement.CONTRE_PASSATION
                            && m.contrePasse().isPresent()
                            && m.contrePasse().getAsLong() == mouvementId)
                    .findFirst());
        }

        @Override
        public boolean estUtilise(long domaineId, Compte compte) {
            return etat.lire(() -> mouvements.duDomaine(domaineId).stream()
                    .anyMatch(m -> m.lignes().stream().anyMatch(l -> l.compte().equals(compte))));
        }

        @Override
        public int verrouillerJusquAu(long domaineId, LocalDate fin) {
            return etat.transaction(() -> {
                int n = 0;
                for (Mouvement m : mouvements.duDomaine(domaineId)) {
                    if (m.statut() == StatutMouvement.VALIDE && !m.date().isAfter(fin)) {
                        mouvements.mettre(domaineId, m.id(), m.avecStatut(StatutMouvement.VERROUILLE, m.numero()));
                        n++;
                    }
                }
                return n;
            });
        }
    }
}
