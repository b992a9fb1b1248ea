package fr.monchai.facture.internal;

import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.LigneFacture;
import fr.monchai.core.vente.TotalTva;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.core.vente.TypeFacture;
import fr.monchai.facture.spi.Vendeur;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an invoice must say (docs/INVOICING.md §1 and §2), worked out once from the invoice,
 * its customer and its order: the PDF prints it, the CII XML carries it.
 */
public final class Mentions {

    static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Penalties for late payment (C. com. L441-10 II): B2B only. */
    static final String PENALITES =
            "Pénalités de retard : taux de refinancement de la BCE majoré de 10 points, exigibles dès le "
                    + "lendemain de l'échéance sans qu'un rappel soit nécessaire.";
    /** The fixed recovery indemnity, its amount printed (C. com. L441-10, D441-5): B2B only. */
    static final String INDEMNITE =
            "Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 et D441-5 du Code de commerce).";
    /** No early-payment discount (C. com. L441-9). */
    static final String ESCOMPTE = "Pas d'escompte pour paiement anticipé.";

    final Facture facture;
    final Client client;
    final Vendeur vendeur;
    final Optional<Facture> origine;
    final Optional<Commande> commande;

    /**
     * @param facture the invoice, numbered
     * @param client its customer
     * @param vendeur the estate
     * @param origine for a credit note, the invoice it corrects
     * @param commande the order it bills
     */
    public Mentions(
            Facture facture, Client client, Vendeur vendeur, Optional<Facture> origine, Optional<Commande> commande) {
        this.facture = facture;
        this.client = client;
        this.vendeur = vendeur;
        this.origine = origine;
        this.commande = commande;
    }

    boolean professionnel() {
        return client.type() == TypeClient.PROFESSIONNEL;
    }

    String titre() {
        return facture.type() == TypeFacture.AVOIR ? "AVOIR" : "FACTURE";
    }

    String numero() {
        return facture.numero().orElseThrow();
    }

    LocalDate dateEmission() {
        return facture.dateEmission().orElseThrow();
    }

    /** @return 380 for an invoice, 381 for a credit note */
    String typeCode() {
        return facture.type() == TypeFacture.AVOIR ? "381" : "380";
    }

    /** @return the excise status of the wine (docs/INVOICING.md §2.2) */
    String mentionAccise() {
        DestinationFiscale d = commande.map(Commande::destination).orElse(DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        Optional<String> dae = commande.flatMap(c -> c.reference().numeroDocument());
        return switch (d) {
            case FRANCE_DROITS_ACQUITTES ->
                "Vins livrés en droits acquittés, revêtus de la capsule représentative de droits (CRD).";
            case FRANCE_DROITS_SUSPENDUS ->
                "Vins livrés en droits acquittés (capsules CRD achetées en suspension de droits).";
            case CONSOMMATION_FAMILIALE -> "Vins livrés en droits acquittés.";
            case EXPORT ->
                "Vins expédiés en suspension de droits d'accises à l'exportation"
                        + dae.map(n -> " – DAE n° " + n).orElse("") + ".";
            case DISTILLATION, USAGE_INDUSTRIEL, TRAVAIL_A_FACON ->
                "En suspension de droits d'accises, "
                        + (d == DestinationFiscale.DISTILLATION
                                ? "pour la distillation"
                                : d == DestinationFiscale.USAGE_INDUSTRIEL
                                        ? "pour un usage industriel"
                                        : "en travail à façon")
                        + dae.map(n -> " – DAE/ARC n° " + n).orElse("") + ".";
            case LIVRAISON_UE, ENTREPOSITAIRE_AGREE ->
                "En suspension de droits d'accises"
                        + dae.map(n -> " – DAE/ARC n° " + n).orElse("")
                        + commande.flatMap(c -> c.reference().acciseDestinataire())
                                .map(a -> " – destinataire, n° d'accise " + a)
                                .orElse("")
                        + ".";
        };
    }

    /** @return the VAT exemption's legal basis, when no VAT is charged */
    Optional<String> exoneration() {
        if (facture.totaux().parTaux().stream().anyMatch(t -> t.taux().signum() != 0)) {
            return Optional.empty();
        }
        DestinationFiscale d = commande.map(Commande::destination).orElse(DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        return Optional.of(
                d == DestinationFiscale.EXPORT
                        ? "Exonération de TVA, article 262 I du CGI (exportation)."
                        : "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire).");
    }

    /** @return the VAT category code of a rate (EN 16931): S standard, G export, K intra-EU */
    String categorieTva(BigDecimal taux) {
        if (taux.signum() != 0) {
            return "S";
        }
        return commande.map(Commande::destination).orElse(DestinationFiscale.EXPORT) == DestinationFiscale.EXPORT
                ? "G"
                : "K";
    }

    Optional<Adresse> adresseLivraison() {
        return client.adresseLivraison().filter(a -> !a.equals(client.adresseFacturation()));
    }

    Optional<String> referenceClient() {
        return commande.map(Commande::referenceClient).filter(r -> !r.isBlank());
    }

    /** The notes of the structured invoice, by subject code (BR-FR-05: PMT, PMD, AAB once each). */
    Map<String, String> notes() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("BAR", professionnel() ? "B2B" : "B2C");
        notes.put("PMT", INDEMNITE);
        notes.put("PMD", PENALITES);
        notes.put("AAB", ESCOMPTE);
        notes.put("AAI", mentionAccise());
        return notes;
    }

    /** @return the seller's legal lines: form, capital, SIREN, RCS, VAT, excise */
    List<String> identiteVendeur() {
        List<String> l = new ArrayList<>();
        l.add(vendeur.formeJuridique() + (vendeur.capital().isBlank() ? "" : " au capital de " + vendeur.capital()));
        l.add("SIREN " + vendeur.siren() + " – SIRET " + vendeur.siret()
                + vendeur.villeRcs().map(v -> " – RCS " + v).orElse(""));
        l.add("TVA intracommunautaire " + vendeur.numeroTva()
                + vendeur.numeroAccise().map(a -> " – n° d'accise " + a).orElse(""));
        return l;
    }

    static String euros(BigDecimal montant) {
        String s = montant.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        String entier = s.substring(0, s.indexOf(','));
        StringBuilder groupe = new StringBuilder();
        boolean negatif = entier.startsWith("-");
        String chiffres = negatif ? entier.substring(1) : entier;
        for (int i = 0; i < chiffres.length(); i++) {
            if (i > 0 && (chiffres.length() - i) % 3 == 0) {
                groupe.append(' ');
            }
            groupe.append(chiffres.charAt(i));
        }
        return (negatif ? "-" : "") + groupe + s.substring(s.indexOf(',')) + " €";
    }

    static String taux(BigDecimal taux) {
        return taux.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    static String montant(BigDecimal m) {
        return m.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    List<LigneFacture> lignes() {
        return facture.lignes();
    }

    List<TotalTva> parTaux() {
        return facture.totaux().parTaux();
    }
}
