package fr.monchai.drm.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.drm.ConstructeurDrm;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.Sens;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Over generated registers, every month's declaration: balances hold, follow on from the
 * previous month, are never negative, pass the national checks, and add up to the journal.
 */
class ConstructeurDrmProprieteTest {

    private static final int REGISTRES = Integer.getInteger("monchai.drm.registres", 60);

    private static final Set<NatureDrm> VENTES = Set.of(
            NatureDrm.VENTE_BOUTEILLES_CRD,
            NatureDrm.VENTE_VRAC_FRANCE,
            NatureDrm.VENTE_CRD_ACQUITTES,
            NatureDrm.EXPORT,
            NatureDrm.LIVRAISON_UE,
            NatureDrm.VENTE_ENTREPOSITAIRE,
            NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES,
            NatureDrm.CONSOMMATION_FAMILIALE,
            NatureDrm.DISTILLATION,
            NatureDrm.USAGE_INDUSTRIEL,
            NatureDrm.SORTIE_TRAVAIL_A_FACON);

    @Test
    void chaque_mois_de_chaque_registre_s_equilibre_et_egale_le_journal() {
        for (long graine = 1; graine <= REGISTRES; graine++) {
            long g = graine;
            RegistreAleatoire r = RegistreAleatoire.generer(graine, DrmPluginContractTest.PRODUITS_COURANTS, 90);
            ConstructeurDrm constructeur = new ConstructeurDrm(r.chai());
            DeclarationDrm precedente = constructeur.construire(
                    r.domaine(), RegistreAleatoire.DEBUT.minusMonths(1), DrmPluginContractTest.DECLARANT_DES_ESSAIS);
            for (int i = 0; i < RegistreAleatoire.MOIS; i++) {
                YearMonth mois = RegistreAleatoire.DEBUT.plusMonths(i);
                String ou = "seed " + g + ", " + mois;
                DeclarationDrm drm =
                        constructeur.construire(r.domaine(), mois, DrmPluginContractTest.DECLARANT_DES_ESSAIS);
                Map<String, Volume> finsPrecedentes = new HashMap<>();
                precedente.droitsSuspendus().forEach(b -> finsPrecedentes.put(b.libelle(), b.stockFin()));
                precedente.droitsAcquittes().forEach(b -> finsPrecedentes.put("acquitté " + b.libelle(), b.stockFin()));
                Volume net = Volume.ZERO;
                Volume ventes = Volume.ZERO;
                List<BalanceProduit> toutes = new java.util.ArrayList<>(drm.droitsSuspendus());
                toutes.addAll(drm.droitsAcquittes());
                for (BalanceProduit b : toutes) {
                    boolean acquittee = drm.droitsAcquittes().contains(b);
                    assertTrue(b.equilibree(), ou + ": balance of " + b.libelle());
                    assertFalse(b.stockFin().estNegatif() || b.stockDebut().estNegatif(), ou + ": negative stock");
                    assertTrue(
                            b.lignes().stream().allMatch(l -> l.volume().estPositif()), ou + ": a line not above zero");
                    assertEquals(
                            finsPrecedentes.getOrDefault((acquittee ? "acquitté " : "") + b.libelle(), Volume.ZERO),
                            b.stockDebut(),
                            ou + ": continuity");
                    net = net.plus(b.total(Sens.ENTREE)).moins(b.total(Sens.SORTIE));
                    for (LigneDrm l : b.lignes()) {
                        // the duty-paid list's other entries are, in generated registers, reversed sales
                        if (l.nature().filter(VENTES::contains).isPresent()
                                || l.categorie() == CategorieDrm.ACQUITTES_VENTES) {
                            ventes = ventes.plus(l.volume());
                        } else if (l.est(NatureDrm.RETOUR_TAXE)
                                || l.est(NatureDrm.REINTEGRATION)
                                || l.categorie() == CategorieDrm.ACQUITTES_AUTRES_ENTREES) {
                            ventes = ventes.moins(l.volume());
                        }
                    }
                }
                assertEquals(
                        List.of(),
                        ControlesNationaux.verifier(drm, Optional.of(precedente)).stream()
                                .filter(Anomalie::bloquante)
                                .toList(),
                        ou);
                Totaux journal = totaux(r, mois);
                assertEquals(
                        journal.stock(), net, ou + ": the DRM's net equals the stock accounts' net in the journal");
                assertEquals(journal.ventes(), ventes, ou + ": exits by fiscal destination equal the journal's");
                precedente = drm;
            }
        }
    }

    private record Totaux(Volume stock, Volume ventes) {}

    /** The month's net on stock accounts, and on the exit accounts, straight from the journal. */
    private static Totaux totaux(RegistreAleatoire r, YearMonth mois) {
        Volume stock = Volume.ZERO;
        Volume ventes = Volume.ZERO;
        for (Mouvement m : r.chai()
                .registre()
                .journal(
                        r.domaine(),
                        new FiltreJournal(
                                Optional.of(mois.atDay(1)),
                                Optional.of(mois.atEndOfMonth()),
                                Optional.empty(),
                                Optional.empty(),
                                java.util.Set.of()))) {
            if (!m.statut().compte()) {
                continue;
            }
            for (LigneMouvement l : m.lignes()) {
                if (l.compte().estStock()) {
                    stock = stock.plus(l.volume());
                } else if (m.destination().isPresent()
                        && l.compte().equals(m.destination().get().compte())) {
                    ventes = ventes.plus(l.volume());
                }
            }
        }
        return new Totaux(stock, ventes);
    }

    @Test
    void les_registres_generes_couvrent_chaque_nature() {
        Map<NatureDrm, Integer> vues = new HashMap<>();
        for (long graine = 1; graine <= 20; graine++) {
            RegistreAleatoire r = RegistreAleatoire.generer(graine, DrmPluginContractTest.PRODUITS_COURANTS, 90);
            for (int i = 0; i < RegistreAleatoire.MOIS; i++) {
                new ConstructeurDrm(r.chai())
                        .construire(
                                r.domaine(),
                                RegistreAleatoire.DEBUT.plusMonths(i),
                                DrmPluginContractTest.DECLARANT_DES_ESSAIS)
                        .droitsSuspendus()
                        .forEach(b ->
                                b.lignes().forEach(l -> vues.merge(l.nature().orElseThrow(), 1, Integer::sum)));
            }
        }
        for (NatureDrm n : NatureDrm.values()) {
            assertTrue(vues.containsKey(n), "no generated month has a line " + n + ": " + vues);
        }
    }
}
