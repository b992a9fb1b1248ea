package fr.monchai.core.memoire;

import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.crd.Capsules;
import fr.monchai.core.declaration.Declarations;
import fr.monchai.core.registre.ReferencesSortie;
import java.util.TreeMap;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.registre.Regles;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.BouteilleLots;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Cuves;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.Journal;
import fr.monchai.core.registre.Lots;
import fr.monchai.core.registre.Parcelles;
import fr.monchai.core.registre.Periodes;
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
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ledger's ports in memory. Thread-safe: one lock serialises transactions, and a
 * failed transaction is undone completely. Balances are computed from the journal, which
 * is fine for the volumes of a demo or a test; PostgreSQL carries them on rows instead.
 */
public final class StockageMemoire {

    private StockageMemoire() {}

    /** @return a new, empty in-memory store */
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
        Table<TreeSet<YearMonth>> periodes = new Table<>(etat);
        Map<String, Long> series = new HashMap<>();

        Domaines lesDomaines = new Domaines() {
            @Override
            public Domaine inserer(Domaine d) {
                return etat.transaction(() -> {
                    Domaine stocke = new Domaine(domaines.nouvelId(), d.nom());
                    domaines.mettre(0, stocke.id(), stocke);
                    return stocke;
                });
            }

            @Override
            public Optional<Domaine> trouver(long id) {
                return etat.lire(() -> domaines.trouver(0, id));
            }
        };

        Parcelles lesParcelles = new Parcelles() {
            @Override
            public Parcelle inserer(Parcelle p) {
                return etat.transaction(() -> {
                    Parcelle stockee = p.avecId(parcelles.nouvelId());
                    parcelles.mettre(p.domaineId(), stockee.id(), stockee);
                    return stockee;
                });
            }

            @Override
            public void mettreAJour(Parcelle p) {
                etat.ecrire(() -> parcelles.mettre(p.domaineId(), p.id(), p));
            }

            @Override
            public Optional<Parcelle> trouver(long domaineId, long id) {
                return etat.lire(() -> parcelles.trouver(domaineId, id));
            }

            @Override
            public void supprimer(long domaineId, long id) {
                etat.ecrire(() -> parcelles.retirer(domaineId, id));
            }

            @Override
            public List<Parcelle> rechercher(long domaineId, String texte) {
                String cherche = sansAccents(texte.strip());
                return etat.lire(() -> parcelles.duDomaine(domaineId).stream()
                        .filter(p -> sansAccents(p.nom()).contains(cherche))
                        .sorted(Comparator.comparing(Parcelle::nom).thenComparingLong(Parcelle::id))
                        .toList());
            }
        };

        Vendanges lesVendanges = new Vendanges() {
            @Override
            public Vendange inserer(Vendange v) {
                return etat.transaction(() -> {
                    Vendange stockee = v.avecId(vendanges.nouvelId());
                    vendanges.mettre(v.domaineId(), stockee.id(), stockee);
                    return stockee;
                });
            }

            @Override
            public void mettreAJour(Vendange v) {
                etat.ecrire(() -> vendanges.mettre(v.domaineId(), v.id(), v));
            }

            @Override
            public Optional<Vendange> trouver(long domaineId, long id) {
                return etat.lire(() -> vendanges.trouver(domaineId, id));
            }

            @Override
            public List<Vendange> lister(long domaineId, FiltreVendanges filtre) {
                return etat.lire(() -> vendanges.duDomaine(domaineId).stream()
                        .filter(filtre::accepte)
                        .sorted(Comparator.comparing(Vendange::date).thenComparingLong(Vendange::id))
                        .toList());
            }

            @Override
            public Optional<Vendange> parMouvement(long domaineId, long mouvementId) {
                return etat.lire(() -> vendanges.duDomaine(domaineId).stream()
                        .filter(v -> v.mouvementId().isPresent() && v.mouvementId().getAsLong() == mouvementId)
                        .findFirst());
            }
        };

        Cuves lesCuves = new Cuves() {
            @Override
            public Cuve inserer(Cuve c) {
                return etat.transaction(() -> {
                    Cuve stockee = c.avecId(cuves.nouvelId());
                    cuves.mettre(c.domaineId(), stockee.id(), stockee);
                    return stockee;
                });
            }

            @Override
            public void mettreAJour(Cuve c) {
                etat.ecrire(() -> cuves.mettre(c.domaineId(), c.id(), c));
            }

            @Override
            public Optional<Cuve> trouver(long domaineId, long id) {
                return etat.lire(() -> cuves.trouver(domaineId, id));
            }

            @Override
            public List<Cuve> lister(long domaineId) {
                return etat.lire(() -> cuves.duDomaine(domaineId));
            }
        };

        Lots lesLots = new Lots() {
            @Override
            public Lot inserer(Lot l) {
                return etat.transaction(() -> {
                    Lot stocke = l.avecId(lots.nouvelId());
                    lots.mettre(l.domaineId(), stocke.id(), stocke);
                    return stocke;
                });
            }

            @Override
            public Optional<Lot> trouver(long domaineId, long id) {
                return etat.lire(() -> lots.trouver(domaineId, id));
            }

            @Override
            public List<Lot> parCuve(long domaineId, long cuveId) {
                return etat.lire(() -> lots.duDomaine(domaineId).stream().filter(l -> l.cuveId() == cuveId).toList());
            }

            @Override
            public List<Lot> lister(long domaineId) {
                return etat.lire(() -> lots.duDomaine(domaineId));
            }

            @Override
            public void supprimer(long domaineId, long id) {
                etat.ecrire(() -> lots.retirer(domaineId, id));
            }
        };

        BouteilleLots lesBouteilles = new BouteilleLots() {
            @Override
            public BouteilleLot inserer(BouteilleLot b) {
                return etat.transaction(() -> {
                    BouteilleLot stocke = b.avecId(bouteilles.nouvelId());
                    bouteilles.mettre(b.domaineId(), stocke.id(), stocke);
                    return stocke;
                });
            }

            @Override
            public Optional<BouteilleLot> trouver(long domaineId, long id) {
                return etat.lire(() -> bouteilles.trouver(domaineId, id));
            }

            @Override
            public List<BouteilleLot> lister(long domaineId) {
                return etat.lire(() -> bouteilles.duDomaine(domaineId));
            }

            @Override
            public void supprimer(long domaineId, long id) {
                etat.ecrire(() -> bouteilles.retirer(domaineId, id));
            }
        };

        Journal journal = new JournalMemoire(etat, mouvements, lots);

        Compteurs lesCompteurs = (domaineId, serie) -> etat.transaction(() -> {
            long idSerie = series.computeIfAbsent(serie, s -> (long) series.size() + 1);
            long suivant = compteurs.trouver(domaineId, idSerie).orElse(0L) + 1;
            compteurs.mettre(domaineId, idSerie, suivant);
            return suivant;
        });

        Periodes lesPeriodes = new Periodes() {
            @Override
            public void verrouiller(long domaineId, YearMonth mois) {
                etat.ecrire(() -> {
                    TreeSet<YearMonth> nouveau = new TreeSet<>(periodes.trouver(domaineId, 0).orElseGet(TreeSet::new));
                    nouveau.add(mois);
                    periodes.mettre(domaineId, 0, nouveau);
                });
            }

            @Override
            public SortedSet<YearMonth> verrouillees(long domaineId) {
                return etat.lire(() -> new TreeSet<>(periodes.trouver(domaineId, 0).orElseGet(TreeSet::new)));
            }
        };

        Table<MouvementCrd> crd = new Table<>(etat);
        Capsules lesCapsules = new Capsules() {
            @Override
            public MouvementCrd inserer(MouvementCrd m) {
                return etat.transaction(() -> {
                    MouvementCrd stocke = m.avecId(crd.nouvelId());
                    crd.mettre(m.domaineId(), stocke.id(), stocke);
                    return stocke;
                });
            }

            @Override
            public List<MouvementCrd> jusquAu(long domaineId, LocalDate jusquAu) {
                return etat.lire(() -> crd.duDomaine(domaineId).stream().filter(m -> !m.date().isAfter(jusquAu))
                        .sorted(Comparator.comparing(MouvementCrd::date).thenComparingLong(MouvementCrd::id)).toList());
            }
        };

        Table<ReferenceSortie> references = new Table<>(etat);
        ReferencesSortie lesReferences = new ReferencesSortie() {
            @Override
            public void enregistrer(long domaineId, long mouvementId, ReferenceSortie reference) {
                etat.ecrire(() -> references.mettre(domaineId, mouvementId, reference));
            }

            @Override
            public Optional<ReferenceSortie> trouver(long domaineId, long mouvementId) {
                return etat.lire(() -> references.trouver(domaineId, mouvementId));
            }

            @Override
            public void supprimer(long domaineId, long mouvementId) {
                etat.ecrire(() -> references.retirer(domaineId, mouvementId));
            }

            @Override
            public Map<Long, ReferenceSortie> toutes(long domaineId) {
                return etat.lire(() -> {
                    Map<Long, ReferenceSortie> toutes = new TreeMap<>();
                    for (Mouvement m : mouvements.duDomaine(domaineId)) {
                        references.trouver(domaineId, m.id()).ifPresent(r -> toutes.put(m.id(), r));
                    }
                    return toutes;
                });
            }
        };

        Table<ExportDeclaration> exports = new Table<>(etat);
        Declarations lesDeclarations = new Declarations() {
            @Override
            public ExportDeclaration inserer(ExportDeclaration e) {
                return etat.transaction(() -> {
                    ExportDeclaration stocke = e.avecId(exports.nouvelId());
                    exports.mettre(e.domaineId(), stocke.id(), stocke);
                    return stocke;
                });
            }

            @Override
            public Optional<ExportDeclaration> trouver(long domaineId, long id) {
                return etat.lire(() -> exports.trouver(domaineId, id));
            }

            @Override
            public List<ExportDeclaration> lister(long domaineId) {
                return etat.lire(() -> exports.duDomaine(domaineId).stream()
                        .sorted(Comparator.comparingLong(ExportDeclaration::id).reversed()).toList());
            }

            @Override
            public void supprimerEssais(long domaineId, YearMonth periode) {
                etat.ecrire(() -> exports.duDomaine(domaineId).stream().filter(e -> !e.definitif() && e.periode().equals(periode))
                        .forEach(e -> exports.retirer(domaineId, e.id())));
            }
        };

        return new Stockage(etat::transaction, lesDomaines, lesParcelles, lesVendanges, lesCuves, lesLots, lesBouteilles,
                journal, lesCompteurs, lesPeriodes, lesCapsules, lesReferences, lesDeclarations, new VentesMemoire(etat));
    }

    static String sansAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static final class JournalMemoire implements Journal {

        private static final Comparator<Mouvement> ORDRE_REGISTRE = Comparator
                .comparing((Mouvement m) -> !m.statut().compte())
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
            return etat.transaction(() -> {
                Mouvement stocke = m.avecId(mouvements.nouvelId());
                mouvements.mettre(m.domaineId(), stocke.id(), stocke);
                return stocke;
            });
        }

        @Override
        public void mettreAJour(Mouvement m) {
            etat.ecrire(() -> mouvements.mettre(m.domaineId(), m.id(), m));
        }

        @Override
        public void valider(Mouvement m) {
            // Balances are computed from the validated movements: storing it books it.
            etat.ecrire(() -> {
                if (mouvements.trouver(m.domaineId(), m.id()).map(avant -> avant.statut() != StatutMouvement.BROUILLON).orElse(true)) {
                    throw new DomainException(CodeErreur.MOUVEMENT_NON_MODIFIABLE, "mouvementId",
                            "le mouvement n° " + m.id() + " n'est plus un brouillon : il vient d'être validé");
                }
                mouvements.mettre(m.domaineId(), m.id(), m);
            });
        }

        @Override
        public Optional<Mouvement> trouver(long domaineId, long id) {
            return etat.lire(() -> mouvements.trouver(domaineId, id));
        }

        @Override
        public void supprimer(long domaineId, long id) {
            etat.ecrire(() -> mouvements.retirer(domaineId, id));
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
                    .filter(m -> m.statut().compte()).map(Mouvement::date).max(Comparator.naturalOrder()));
        }

        @Override
        public Optional<Mouvement> contrePassationDe(long domaineId, long mouvementId) {
            return etat.lire(() -> mouvements.duDomaine(domaineId).stream()
                    .filter(m -> m.type() == TypeMouvement.CONTRE_PASSATION
                            && m.contrePasse().isPresent() && m.contrePasse().getAsLong() == mouvementId)
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
