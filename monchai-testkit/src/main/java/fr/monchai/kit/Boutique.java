package fr.monchai.kit;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.vente.*;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A domaine with bottled wine on sale and two customers, for the sales tests. Reused by persistence. */
public final class Boutique {

    /** A renderer for tests: the invoice's number and totals as text. */
    public static final RenduFacture RENDU = (f, client, origine, commande) -> new Artefact(
            f.numero().orElseThrow() + ".txt",
            "text/plain",
            (f.numero().orElseThrow() + " " + client.nom() + " " + f.totaux().ttc()
                            + origine.map(o -> " avoir de " + o.numero().get()).orElse(""))
                    .getBytes(StandardCharsets.UTF_8));

    public final Chai c;
    public final MonChai chai;
    public final long d;
    public final Produit muscadet;
    public final Produit cuvee;
    public final Client caviste;
    public final Client particulier;

    public Boutique(MonChai chai) {
        this.chai = chai;
        this.c = new Chai(chai);
        this.d = c.domaine;
        Lot lot = c.lot("Cuve 1", "50", "2026-01-10");
        long bl1 = bouteilles(lot, 2000, "2026-02-01");
        long bl2 = bouteilles(c.lot("Cuve 2", "30", "2026-01-11"), 1000, "2026-02-02");
        this.muscadet = chai.ventes()
                .creerProduit(
                        d,
                        new NouveauProduit(
                                bl1,
                                "MSM-SL-25",
                                "Muscadet Sèvre et Maine sur lie 2025",
                                new BigDecimal("8.33"),
                                BasePrix.HT,
                                new BigDecimal("12"),
                                Optional.of(2025)));
        this.cuvee = chai.ventes()
                .creerProduit(
                        d,
                        new NouveauProduit(
                                bl2,
                                "CLOS-25",
                                "Clos des Carrières 2025",
                                new BigDecimal("12.90"),
                                BasePrix.TTC,
                                new BigDecimal("12.5"),
                                Optional.of(2025)));
        this.caviste = chai.ventes()
                .creerClient(
                        d,
                        new NouveauClient(
                                TypeClient.PROFESSIONNEL,
                                "La Cave du Port",
                                new Adresse("3 quai de la Fosse", "44000", "Nantes", "FR"),
                                Optional.empty(),
                                Optional.of("552100554"),
                                Optional.of("55210055400013"),
                                Optional.of("FR96552100554"),
                                Optional.of("552100554_cave"),
                                Optional.empty()));
        this.particulier = chai.ventes()
                .creerClient(
                        d,
                        new NouveauClient(
                                TypeClient.PARTICULIER,
                                "Jeanne Martin",
                                new Adresse("12 rue des Vignes", "49000", "Angers", "FR"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("jeanne@example.org")));
    }

    private long bouteilles(Lot lot, long n, String date) {
        Mouvement m = chai.mouvements()
                .valider(
                        d,
                        chai.mouvements()
                                .mettreEnBouteille(
                                        d,
                                        new MiseEnBouteille(
                                                lot.id(),
                                                n,
                                                750,
                                                Optional.empty(),
                                                LocalDate.parse(date),
                                                Optional.empty(),
                                                Optional.empty()))
                                .id());
        return c.bouteillesCreditees(m);
    }

    /** A draft order of one line at the catalogue price. */
    public Commande commande(Client client, Produit p, long quantite, DestinationFiscale destination) {
        return chai.ventes()
                .creerCommande(
                        d,
                        new NouvelleCommande(
                                client.id(),
                                LocalDate.of(2026, 3, 2),
                                destination,
                                ReferenceSortie.AUCUNE,
                                Optional.empty(),
                                List.of(NouvelleLigne.auTarif(p.id(), quantite))));
    }

    /** The bottles of a product now, as the stock says. */
    public StockProduit stock(Produit p) {
        return chai.ventes().stock(d).stream()
                .filter(s -> s.produit().id() == p.id())
                .findFirst()
                .orElseThrow();
    }
}
