package fr.monchai.examples;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.core.registre.VenteBouteilles;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Plays the dev book's chain in memory: two harvests into two cuves, their blend, the
 * bottling, and a sale; then prints the journal, the cuves, the bottled stock and the
 * traceability of the bottles.
 */
public final class ChaineDuChai {

    private static final ProduitFiscal MUSCADET = ProduitFiscal.aop(
                    "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie blanc")
            .mention("Sur lie");

    private final ChaiDomaine domaine = MonChai.enMemoire().creerDomaine("Domaine de la Pierre Bleue");

    ChaineDuChai() {}

    /**
     * @param args none
     */
    public static void main(String[] args) {
        new ChaineDuChai().jouer(System.out);
    }

    /**
     * @param out where to print
     * @return the bottles left in stock
     */
    long jouer(PrintStream out) {
        Parcelle carrieres = parcelle("Les Carrières", "1.2", 2008);
        Parcelle ecluse = parcelle("Clos de l'Écluse", "0.8", 1995);
        Cuve cuve1 =
                domaine.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("40")).materiau("inox"));
        Cuve cuve2 =
                domaine.creerCuve(NouvelleCuve.de("Cuve 2", Volume.hl("30")).materiau("inox"));
        Cuve cuve3 =
                domaine.creerCuve(NouvelleCuve.de("Cuve 3", Volume.hl("60")).materiau("inox"));

        long lot1 = vendange(carrieres, cuve1, "2026-09-12", "25.4", "0.8");
        long lot2 = vendange(ecluse, cuve2, "2026-09-14", "18", "0.5");
        long assemblage = domaine.enregistrerEtValider(d -> d.assembler(Assemblage.de(
                                cuve3.id(),
                                LocalDate.of(2026, 10, 20),
                                SourceAssemblage.de(lot1, Volume.hl("24.6")),
                                SourceAssemblage.de(lot2, Volume.hl("17.5")))
                        .pertes(Volume.hl("0.1"))
                        .commentaire("Assemblage sur lie")))
                .lotDestination()
                .getAsLong();
        long bouteilles = domaine.enregistrerEtValider(
                        d -> d.mettreEnBouteille(MiseEnBouteille.de(assemblage, 5000, 750, LocalDate.of(2027, 3, 15))
                                .pertes(Volume.hl("0.2"))
                                .reference("MEB-2027-01")))
                .bouteilleLotDestination()
                .getAsLong();
        domaine.enregistrerEtValider(d -> d.vendreBouteilles(VenteBouteilles.de(
                        bouteilles, 60, DestinationFiscale.FRANCE_DROITS_SUSPENDUS, LocalDate.of(2027, 3, 20))
                .commentaire("Cave de la gare")));
        domaine.enregistrerEtValider(d -> d.vendreBouteilles(
                VenteBouteilles.de(bouteilles, 120, DestinationFiscale.EXPORT, LocalDate.of(2027, 3, 22))
                        .commentaire("Export Québec")));

        out.println("Journal (registre de cave)");
        out.printf("%4s  %-10s  %-20s  %s%n", "n°", "date", "type", "lignes");
        for (Mouvement m : domaine.journal(FiltreJournal.TOUT)) {
            out.printf(
                    "%4d  %-10s  %-20s  %s%n",
                    m.numero().getAsLong(),
                    m.date(),
                    m.type().code(),
                    m.lignes().stream()
                            .map(l -> l.compte().cle() + " " + signe(l.volume()))
                            .collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Cuves");
        for (EtatCuve etat : domaine.etatCuves()) {
            out.printf(
                    "  %-7s %8s / %-8s  %s%n",
                    etat.cuve().nom(),
                    etat.volume(),
                    etat.cuve().capacite(),
                    etat.lots().stream().map(LotEnCuve::lot).map(Lot::reference).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Stock de bouteilles");
        long reste = 0;
        for (StockBouteilles s : domaine.stockBouteilles()) {
            out.printf(
                    "  %-12s %6d × %d ml = %s%n",
                    s.bouteilleLot().reference(),
                    s.nbBouteilles(),
                    s.bouteilleLot().contenanceMl(),
                    s.volume());
            reste += s.nbBouteilles();
        }
        Tracabilite amont = domaine.tracabiliteAmont(new Compte.DeBouteilles(bouteilles));
        out.println();
        out.println("Traçabilité de MEB-2027-01 : parcelles "
                + amont.parcelles().stream()
                        .map(id -> domaine.parcelle(id).orElseThrow().nom())
                        .collect(Collectors.joining(", "))
                + " ; composition "
                + domaine.composition(new Compte.DeBouteilles(bouteilles)).parts().entrySet().stream()
                        .map(e -> e.getKey().millesime().orElse(0) + " "
                                + e.getKey().cepage() + " ("
                                + domaine.parcelle(e.getKey().parcelleId().orElseThrow())
                                        .orElseThrow()
                                        .nom() + ") " + e.getValue())
                        .collect(Collectors.joining(", ")));
        return reste;
    }

    private Parcelle parcelle(String nom, String surfaceHa, int annee) {
        return domaine.creerParcelle(
                NouvelleParcelle.de(nom, "Melon B.", new BigDecimal(surfaceHa)).plantee(annee));
    }

    /** Records a harvest into a cuve and validates it; returns the lot it filled. */
    private long vendange(Parcelle parcelle, Cuve cuve, String date, String volumeHl, String dechetsHl) {
        Vendange v = domaine.enregistrerVendange(
                NouvelleVendange.de(parcelle.id(), LocalDate.parse(date), Volume.hl(volumeHl), cuve.id())
                        .dechets(Volume.hl(dechetsHl))
                        .produit(MUSCADET));
        return domaine.valider(v.mouvementId().getAsLong()).lotDestination().getAsLong();
    }

    private static String signe(Volume v) {
        return (v.estPositif() ? "+" : "") + v;
    }
}
