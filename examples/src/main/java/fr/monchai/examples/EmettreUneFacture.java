package fr.monchai.examples;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.FormatFacture;
import fr.monchai.facture.spi.Vendeur;
import java.time.LocalDate;
import java.util.Map;

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
        Vendeur vendeur = Vendeur.builder()
                .raisonSociale("SCEA Domaine de la Pierre Bleue", "SCEA", "15 000 €")
                .adresse(new Adresse("La Pierre Bleue", "44330", "Vallet", "FR"))
                .siret("732829320", "73282932000017")
                .villeRcs("Nantes")
                .numeroTva("FR44732829320")
                .numeroAccise("FR012345E6789")
                .banque("FR7630006000011234567890189", "AGRIFRPP")
                .telephone("02 40 00 00 00")
                .build(); // each identifier checked: SIREN key, VAT key, IBAN key
        FormatFacture facturX =
                FormatsFacture.decouvrir().trouver("facturx").orElseThrow().creer(vendeur, Map.of());

        ChaiDomaine d = chai.domaine(domaine);
        d.ventes().validerCommande(commande.id()); // reserves the bottles
        d.ventes().livrer(commande.id(), LocalDate.of(2026, 3, 3)); // exits in the register
        Facture brouillon = d.ventes().facturer(commande.id(), LocalDate.of(2026, 4, 30));
        Facture facture = d.ventes().emettre(brouillon.id(), LocalDate.of(2026, 3, 31), facturX);
        byte[] pdf = facture.document().orElseThrow().contenu(); // frozen, with its SHA-256
        // README:fin
        System.out.println(facture.numero().orElseThrow() + " " + pdf.length + " bytes");
        return facture;
    }
}
