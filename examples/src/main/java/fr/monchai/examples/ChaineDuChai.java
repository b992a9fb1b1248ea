package fr.monchai.examples;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.DestinationFiscale;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plays the dev book's chain in memory: two harvests into two cuves, their blend, the
 * bottling, and a sale; then prints the journal, the cuves, the bottled stock and the
 * traceability of the bottles.
 */
public final class ChaineDuChai {

    private static final ProduitFiscal MUSCADET = new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE,
            "Muscadet Sèvre et Maine", "Sur lie", "", Couleur.BLANC, "", "Muscadet Sèvre et Maine sur lie blanc");

    private final MonChai chai = MonChai.enMemoire();
    private final long domaine = chai.domaines().creer("Domaine de la Pierre Bleue").id();

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
        Cuve cuve1 = cuve("Cuve 1", "40");
        Cuve cuve2 = cuve("Cuve 2", "30");
        Cuve cuve3 = cuve("Cuve 3", "60");

        Lot lot1 = vendange(carrieres, cuve1, "2026-09-12", "25.4", "0.8");
        Lot lot2 = vendange(ecluse, cuve2, "2026-09-14", "18", "0.5");
        Mouvement assemblage = valider(chai.mouvements().assembler(domaine, new Assemblage(
                List.of(new SourceAssemblage(lot1.id(), hl("24.6")), new SourceAssemblage(lot2.id(), hl("17.5"))),
                cuve3.id(), Optional.of(hl("0.1")), LocalDate.of(2026, 10, 20), Optional.empty(),
                Optional.of("Assemblage sur lie"))));
        Lot blend = lotCredite(assemblage);
        Mouvement mise = valider(chai.mouvements().mettreEnBouteille(domaine, new MiseEnBouteille(blend.id(), 5000L, 750,
                Optional.of(hl("0.2")), LocalDate.of(2027, 3, 15), Optional.of("MEB-2027-01"), Optional.empty())));
        long bouteilles = mise.lignes().stream().map(LigneMouvement::compte)
                .filter(c -> c instanceof Compte.DeBouteilles).mapToLong(c -> ((Compte.DeBouteilles) c).bouteilleLotId())
                .findFirst().orElseThrow();
        valider(chai.mouvements().vendreBouteilles(domaine, new VenteBouteilles(bouteilles, 60L,
                DestinationFiscale.FRANCE_DROITS_SUSPENDUS, LocalDate.of(2027, 3, 20), Optional.of("Cave de la gare"))));
        valider(chai.mouvements().vendreBouteilles(domaine, new VenteBouteilles(bouteilles, 120L,
                DestinationFiscale.EXPORT, LocalDate.of(2027, 3, 22), Optional.of("Export Québec"))));

        out.println("Journal (registre de cave)");
        out.printf("%4s  %-10s  %-20s  %s%n", "n°", "date", "type", "lignes");
        for (Mouvement m : chai.registre().journal(domaine, FiltreJournal.TOUT)) {
            out.printf("%4d  %-10s  %-20s  %s%n", m.numero().getAsLong(), m.date(), m.type().code(),
                    m.lignes().stream().map(l -> l.compte().cle() + " " + signe(l.volume())).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Cuves");
        for (EtatCuve etat : chai.registre().cuves(domaine)) {
            out.printf("  %-7s %8s / %-8s  %s%n", etat.cuve().nom(), etat.volume(), etat.cuve().capacite(),
                    etat.lots().stream().map(LotEnCuve::lot).map(Lot::reference).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Stock de bouteilles");
        long reste = 0;
        for (StockBouteilles s : chai.registre().stockBouteilles(domaine)) {
            out.printf("  %-12s %6d × %d ml = %s%n", s.bouteilleLot().reference(), s.nbBouteilles(),
                    s.bouteilleLot().contenanceMl(), s.volume());
            reste += s.nbBouteilles();
        }
        Tracabilite amont = chai.registre().tracabiliteAmont(domaine, new Compte.DeBouteilles(bouteilles));
        out.println();
        out.println("Traçabilité de MEB-2027-01 : parcelles " + amont.parcelles().stream()
                .map(id -> chai.parcelles().trouver(domaine, id).orElseThrow().nom()).collect(Collectors.joining(", "))
                + " ; composition " + chai.registre().composition(domaine, new Compte.DeBouteilles(bouteilles)).parts().entrySet()
                .stream().map(e -> e.getKey().millesime().orElse(0) + " " + e.getKey().cepage() + " ("
                        + chai.parcelles().trouver(domaine, e.getKey().parcelleId().orElseThrow()).orElseThrow().nom() + ") " + e.getValue())
                .collect(Collectors.joining(", ")));
        return reste;
    }

    private Parcelle parcelle(String nom, String surfaceHa, int annee) {
        return chai.parcelles().creer(domaine, new NouvelleParcelle(nom, "Melon B.", hl(surfaceHa),
                Optional.empty(), Optional.empty(), Optional.of(annee)));
    }

    private Cuve cuve(String nom, String capaciteHl) {
        return chai.cuves().creer(domaine, new NouvelleCuve(nom, hl(capaciteHl), Optional.of("inox")));
    }

    private Lot vendange(Parcelle parcelle, Cuve cuve, String date, String volumeHl, String dechetsHl) {
        var v = chai.vendanges().enregistrer(domaine, new NouvelleVendange(parcelle.id(), LocalDate.parse(date), hl(volumeHl),
                Optional.of(hl(dechetsHl)), Optional.of(cuve.id()), Optional.of(MUSCADET)));
        return lotCredite(chai.mouvements().valider(domaine, v.mouvementId().getAsLong()));
    }

    private Mouvement valider(Mouvement brouillon) {
        return chai.mouvements().valider(domaine, brouillon.id());
    }

    private Lot lotCredite(Mouvement m) {
        long id = m.lignes().stream().filter(l -> l.volume().estPositif()).map(LigneMouvement::compte)
                .filter(c -> c instanceof Compte.DeLot).mapToLong(c -> ((Compte.DeLot) c).lotId()).findFirst().orElseThrow();
        return chai.registre().lot(domaine, id).orElseThrow();
    }

    private static String signe(Volume v) {
        return (v.estPositif() ? "+" : "") + v;
    }

    private static BigDecimal hl(String hl) {
        return new BigDecimal(hl);
    }
}
