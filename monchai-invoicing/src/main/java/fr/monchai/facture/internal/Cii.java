package fr.monchai.facture.internal;

import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.LigneFacture;
import fr.monchai.core.vente.TotalTva;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice as a Cross Industry Invoice XML in the Factur-X EN 16931 profile, from the
 * auto-escaping template {@code factur-x.ftlx}: amounts with a dot and two decimals, never a
 * locale's format.
 */
public final class Cii {

    private static final DateTimeFormatter AAAAMMJJ = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Template MODELE = modele();

    private Cii() {}

    private static Template modele() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(Cii.class, "/fr/monchai/facture");
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setRecognizeStandardFileExtensions(true);
        try {
            return c.getTemplate("factur-x.ftlx");
        } catch (IOException e) {
            throw new UncheckedIOException("the Factur-X template is part of the jar", e);
        }
    }

    /**
     * {@return the CII XML, UTF-8}
     *
     * @param m what the invoice says (an HT invoice: EN 16931 computes on net amounts)
     */
    public static byte[] xml(Mentions m) {
        Map<String, Object> d = new HashMap<>();
        d.put("numero", m.numero());
        d.put("typeCode", m.typeCode());
        d.put("dateEmission", m.dateEmission().format(AAAAMMJJ));
        List<Map<String, String>> notes = new ArrayList<>();
        m.notes().forEach((code, contenu) -> notes.add(Map.of("code", code, "contenu", contenu)));
        d.put("notes", notes);
        List<Map<String, String>> lignes = new ArrayList<>();
        for (int i = 0; i < m.lignes().size(); i++) {
            LigneFacture l = m.lignes().get(i);
            lignes.add(Map.of(
                    "id",
                    Integer.toString(i + 1),
                    "nom",
                    l.designation(),
                    "degre",
                    l.degre().signum() > 0
                            ? l.degre().stripTrailingZeros().toPlainString().replace('.', ',') + " % vol"
                            : "",
                    "volume",
                    l.contenanceMl() > 0
                            ? BigDecimal.valueOf(l.contenanceMl(), 3)
                                            .stripTrailingZeros()
                                            .toPlainString()
                                            .replace('.', ',')
                                    + " l"
                            : "",
                    "prix",
                    l.prixUnitaire().scale() < 2
                            ? Mentions.montant(l.prixUnitaire())
                            : l.prixUnitaire().toPlainString(),
                    "quantite",
                    Long.toString(l.quantite()),
                    "categorie",
                    m.categorieTva(l.tauxTva()),
                    "taux",
                    Mentions.montant(l.tauxTva()),
                    "montant",
                    Mentions.montant(l.montant())));
        }
        d.put("lignes", lignes);
        d.put("referenceClient", m.referenceClient().orElse(""));
        d.put(
                "vendeur",
                partie(
                        m.vendeur.raisonSociale(),
                        m.vendeur.adresse(),
                        m.vendeur.siren(),
                        m.vendeur.siret(),
                        m.vendeur.adresseElectronique(),
                        m.vendeur.numeroTva()));
        String sirenAcheteur = m.client.siren().orElse("");
        Map<String, String> acheteur = new HashMap<>(partie(
                m.client.nom(),
                m.client.adresseFacturation(),
                sirenAcheteur,
                m.client.siret().orElse(""),
                "",
                m.client.numeroTva().orElse("")));
        adresseElectronique(m.client).ifPresent(a -> {
            acheteur.put("adresseElectronique", a.getValue());
            acheteur.put("schema", a.getKey());
        });
        d.put("acheteur", acheteur);
        // An intra-EU supply (VAT category K) names the country it is delivered to (EN 16931 BR-IC-12):
        // the billing address's when the customer has no other delivery address.
        boolean intracommunautaire =
                m.lignes().stream().anyMatch(l -> m.categorieTva(l.tauxTva()).equals("K"));
        m.adresseLivraison()
                .or(() -> intracommunautaire ? Optional.of(m.client.adresseFacturation()) : Optional.empty())
                .ifPresent(a -> d.put("livraison", partie(m.client.nom(), a, "", "", "", "")));
        d.put("dateLivraison", m.facture.dateLivraison().format(AAAAMMJJ));
        d.put("iban", m.vendeur.iban());
        List<Map<String, String>> taxes = new ArrayList<>();
        for (TotalTva t : m.parTaux()) {
            taxes.add(Map.of(
                    "montant",
                    Mentions.montant(t.tva()),
                    "base",
                    Mentions.montant(t.baseHt()),
                    "categorie",
                    m.categorieTva(t.taux()),
                    "taux",
                    Mentions.montant(t.taux()),
                    "exoneration",
                    t.taux().signum() == 0 ? m.exoneration().orElse("") : ""));
        }
        d.put("taxes", taxes);
        d.put(
                "conditions",
                "Paiement au plus tard le " + m.facture.echeance().format(Mentions.DATE_FR) + " par virement.");
        d.put("echeance", m.facture.echeance().format(AAAAMMJJ));
        d.put(
                "totaux",
                Map.of(
                        "lignes",
                        Mentions.montant(m.facture.totaux().ht()),
                        "base",
                        Mentions.montant(m.facture.totaux().ht()),
                        "tva",
                        Mentions.montant(m.facture.totaux().tva()),
                        "ttc",
                        Mentions.montant(m.facture.totaux().ttc())));
        m.origine.ifPresent(o -> d.put(
                "origine",
                Map.of(
                        "numero",
                        o.numero().orElseThrow(),
                        "date",
                        o.dateEmission().orElseThrow().format(AAAAMMJJ))));
        StringWriter sortie = new StringWriter();
        try {
            MODELE.process(d, sortie);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("cannot write the Factur-X XML of " + m.numero(), e);
        }
        return sortie.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The buyer's e-invoicing address and its scheme (EN 16931 BT-49): in France the address on
     * the public directory (scheme 0225, by default the SIREN); elsewhere no French scheme
     * applies, so the e-mail address (scheme EM) when there is one, else none.
     */
    private static Optional<Map.Entry<String, String>> adresseElectronique(Client client) {
        if (client.adresseFacturation().pays().equals("FR")) {
            return client.adresseElectronique().or(client::siren).map(a -> Map.entry("0225", a));
        }
        return client.email().map(e -> Map.entry("EM", e));
    }

    private static Map<String, String> partie(
            String nom, Adresse a, String siren, String siret, String adresseElectronique, String tva) {
        return Map.of(
                "nom",
                nom,
                "cp",
                a.codePostal(),
                "rue",
                a.rue().replace('\n', ' '),
                "ville",
                a.ville(),
                "pays",
                a.pays(),
                "siren",
                siren,
                "siret",
                siret,
                "adresseElectronique",
                adresseElectronique,
                "tva",
                tva);
    }
}
