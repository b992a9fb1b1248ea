package fr.monchai.examples;

import fr.monchai.core.MonChai;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.Vendeur;
import fr.monchai.facture.spi.FormatFacture;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The README's invoicing example, compiled and run by the build so that it cannot rot. */
public final class EmettreUneFacture {

    private EmettreUneFacture() {}

    /**
     * Delivers a draft order and issues its Factur-X invoice.
     *
     * @param chai the register
     * @param domaine the domaine
     * @param commande a draft order of a business customer
     * @return the issued invoice
     */
    public static Facture emettre(MonChai chai, long domaine, Commande commande) {
        // README:debut
        Vendeur vendeur = new Vendeur("SCEA Domaine de la Pierre Bleue", "SCEA", "15 000 €",
                new Adresse("La Pierre Bleue", "44330", "Vallet", "FR"), "732829320", "73282932000017",
                Optional.of("Nantes"), "FR44732829320", Optional.of("FR012345E6789"),
                "FR7630006000011234567890189", "AGRIFRPP", "732829320", "02 40 00 00 00", Optional.empty());
        FormatFacture facturX = FormatsFacture.decouvrir().trouver("facturx").orElseThrow().creer(vendeur, Map.of());

        chai.ventes().valider(domaine, commande.id());                           // reserves the bottles
        chai.ventes().livrer(domaine, commande.id(), LocalDate.of(2026, 3, 3));  // exits in the register
        Facture brouillon = chai.factures().facturer(domaine, commande.id(), LocalDate.of(2026, 4, 30));
        Facture facture = chai.factures().emettre(domaine, brouillon.id(), LocalDate.of(2026, 3, 31), facturX);
        byte[] pdf = facture.document().orElseThrow().contenu();                 // frozen, with its SHA-256
        // README:fin
        System.out.println(facture.numero().orElseThrow() + " " + pdf.length + " bytes");
        return facture;
    }
}
