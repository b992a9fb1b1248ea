package fr.monchai.drm.loire;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.Contenant;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.PlageDocuments;
import fr.monchai.drm.modele.TypeDocument;
import fr.monchai.drm.vingtquatrieme.FormatTiers;
import fr.monchai.drm.vingtquatrieme.IdentifiantDouane;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The same declaration as the CIEL interprofession message ({@code message-interprofession},
 * docs/DRM.md §6), in the element order of the customs schema, indented, byte-stable.
 */
final class XmlCiel {

    static final String NAMESPACE = "http://douane.finances.gouv.fr/app/ciel/interprofession/echanges/1.0";
    /** InterLoire's SIREN. */
    static final String SIREN_INTERLOIRE = "429164072";

    private final CatalogueInterLoire catalogue;
    private XMLStreamWriter x;
    private int profondeur;

    XmlCiel(CatalogueInterLoire catalogue) {
        this.catalogue = catalogue;
    }

    Artefact ecrire(DeclarationDrm drm, String nom) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try {
            x = XMLOutputFactory.newFactory().createXMLStreamWriter(sortie, "UTF-8");
            profondeur = 0;
            x.writeStartDocument("UTF-8", "1.0");
            ouvrir("message-interprofession");
            x.writeDefaultNamespace(NAMESPACE);
            feuille("siren-interprofession", SIREN_INTERLOIRE);
            ouvrir("declaration-recapitulative");
            ouvrir("identification-declarant");
            feuille("numero-agrement", drm.declarant().numeroAccise());
            drm.declarant().numeroCvi().ifPresent(c -> feuille("numero-cvi", c));
            if (!drm.declarant().raisonSociale().isBlank()) {
                feuille("raison-sociale", drm.declarant().raisonSociale());
            }
            fermer();
            ouvrir("periode");
            feuille("mois", Integer.toString(drm.periode().getMonthValue()));
            feuille("annee", Integer.toString(drm.periode().getYear()));
            fermer();
            boolean neant =
                    drm.droitsSuspendus().isEmpty() && drm.droitsAcquittes().isEmpty();
            feuille("declaration-neant", Boolean.toString(neant));
            if (!drm.droitsSuspendus().isEmpty()) {
                ouvrir("droits-suspendus");
                for (BalanceProduit b : drm.droitsSuspendus()) {
                    produit(b);
                }
                feuille("stockEpuise", Boolean.toString(drm.stockEpuise()));
                fermer();
            }
            if (!drm.droitsAcquittes().isEmpty()) {
                ouvrir("droits-acquittes");
                for (BalanceProduit b : drm.droitsAcquittes()) {
                    produitAcquitte(b);
                }
                feuille("stockEpuise", Boolean.toString(drm.stockEpuise()));
                fermer();
            }
            crd(drm.crd());
            Optional<PlageDocuments> dsa = drm.plage(TypeDocument.DSA);
            if (dsa.isPresent()) { // the DAE are numbered by EMCS: customs wants the range of paper forms only
                ouvrir("document-accompagnement");
                ouvrir("dsa-dsac");
                feuille("debut-periode", dsa.get().debut());
                feuille("fin-periode", dsa.get().fin());
                feuille("nombre-document-empreinte", Integer.toString(dsa.get().nombre()));
                fermer();
                fermer();
            }
            for (DocumentSortie d : drm.releveNonApurement()) {
                ouvrir("releve-non-apurement");
                feuille("numero-daa-dac-dae", d.numero());
                feuille("date-expedition", d.dateExpedition().toString());
                if (d.acciseDestinataire().isPresent()) {
                    feuille("numero-accise-destinataire", d.acciseDestinataire().get());
                }
                fermer();
            }
            fermer();
            fermer();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the CIEL XML", e);
        }
        return new Artefact(nom, "application/xml", sortie.toByteArray());
    }

    /** The temporary movements, in the schema's order. */
    private static final String[] TEMPORAIRES = {
        "embouteillage", "relogement", "travail-a-facon", "distillation-a-facon"
    };

    private static final String SANS_PAIEMENT = "sorties-periode/sorties-sans-paiement-droits/";

    /** A product's identity, as both balances start it: its code or fiscal label, label, strength, premix, observations. */
    private void identite(BalanceProduit b) throws XMLStreamException {
        IdentifiantDouane id = IdentifiantDouane.de(b.produit(), catalogue.trouver(b.produit()));
        feuille(id.codeInao() ? "code-inao" : "libelle-fiscal", id.valeur());
        feuille("libelle-personnalise", b.libelle());
        if (b.produit().tav().isPresent()) {
            feuille("tav", b.produit().tav().get().toPlainString());
        }
        if (b.produit().premix()) {
            feuille("premix", "true");
        }
        if (!b.observations().isBlank()) {
            feuille("observations", b.observations());
        }
    }

    /** A product of the duty-paid stock list. */
    private void produitAcquitte(BalanceProduit b) throws XMLStreamException {
        ouvrir("produit");
        identite(b);
        ouvrir("balance-stocks");
        feuille("stock-debut-periode", volume(b.stockDebut()));
        groupe(
                b,
                "entrees-periode",
                new CategorieDrm[] {CategorieDrm.ACQUITTES_ACHATS, CategorieDrm.ACQUITTES_AUTRES_ENTREES},
                new String[] {"achats", "autres-entrees"});
        groupe(
                b,
                "sorties-periode",
                new CategorieDrm[] {
                    CategorieDrm.ACQUITTES_VENTES,
                    CategorieDrm.ACQUITTES_REPLACEMENT_SUSPENSION,
                    CategorieDrm.ACQUITTES_AUTRES_SORTIES
                },
                new String[] {"ventes", "replacement-suspension", "autres-sorties"});
        feuille("stock-fin-periode", volume(b.stockFin()));
        fermer();
        fermer();
    }

    private void produit(BalanceProduit b) throws XMLStreamException {
        ouvrir("produit");
        identite(b);
        ouvrir("balance-stocks");
        feuille("stock-debut-periode", volume(b.stockDebut()));
        if (b.lignes().stream().anyMatch(l -> l.categorie().sens() == fr.monchai.drm.modele.Sens.ENTREE)) {
            ouvrir("entrees-periode");
            total(b, CategorieDrm.VOLUME_PRODUIT, "volume-produit");
            total(b, CategorieDrm.ACHATS_REINTEGRATIONS, "achats-reintegrations");
            groupe(
                    b,
                    "mouvements-temporaires",
                    new CategorieDrm[] {
                        CategorieDrm.ENTREE_EMBOUTEILLAGE,
                        CategorieDrm.ENTREE_RELOGEMENT,
                        CategorieDrm.ENTREE_TRAVAIL_A_FACON,
                        CategorieDrm.ENTREE_DISTILLATION_A_FACON
                    },
                    TEMPORAIRES);
            groupe(
                    b,
                    "mouvements-internes",
                    new CategorieDrm[] {
                        CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT,
                        CategorieDrm.MANIPULATIONS,
                        CategorieDrm.ENTREE_INTEGRATION_VCI
                    },
                    new String[] {
                        "replis-declassement-transfert-changement-appellation", "manipulations", "integration-vci-agree"
                    });
            total(b, CategorieDrm.AUTRES_ENTREES, "autres-entrees");
            List<LigneDrm> replacements = b.lignes().stream()
                    .filter(l -> l.categorie() == CategorieDrm.REPLACEMENT_SUSPENSION)
                    .toList();
            if (!replacements.isEmpty()) {
                ouvrir("replacements");
                for (LigneDrm l : replacements) {
                    ouvrir("replacement-suspension");
                    feuille(
                            "mois",
                            Integer.toString(l.moisOrigine().orElseThrow().getMonthValue()));
                    feuille(
                            "annee",
                            Integer.toString(l.moisOrigine().orElseThrow().getYear()));
                    feuille("volume", volume(l.volume()));
                    fermer();
                }
                fermer();
            }
            fermer();
        }
        if (b.lignes().stream().anyMatch(l -> l.categorie().sens() == fr.monchai.drm.modele.Sens.SORTIE)) {
            ouvrir("sorties-periode");
            if (!b.total(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS).estNul()) {
                ouvrir("ventes-france-crd-suspendus");
                feuille("annee-courante", volume(b.total(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS)));
                fermer();
            }
            total(b, CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES, "ventes-france-crd-acquittes");
            if (b.lignes().stream()
                    .anyMatch(l -> l.categorie().chemin().startsWith(SANS_PAIEMENT)
                            && l.volume().estPositif())) {
                ouvrir("sorties-sans-paiement-droits");
                total(b, CategorieDrm.SORTIES_DEFINITIVES, "sorties-definitives");
                total(b, CategorieDrm.CONSOMMATION_FAMILIALE_DEGUSTATION, "consommation-familiale-degustation");
                total(b, CategorieDrm.MISE_SUR_MARCHE_CORSE, "mise-sur-marche-corse");
                groupe(
                        b,
                        "mouvements-temporaires",
                        new CategorieDrm[] {
                            CategorieDrm.SORTIE_EMBOUTEILLAGE,
                            CategorieDrm.SORTIE_RELOGEMENT,
                            CategorieDrm.SORTIE_TRAVAIL_A_FACON,
                            CategorieDrm.SORTIE_DISTILLATION_A_FACON
                        },
                        TEMPORAIRES);
                groupe(
                        b,
                        "mouvements-internes",
                        new CategorieDrm[] {
                            CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT,
                            CategorieDrm.FABRICATION_AUTRE_PRODUIT,
                            CategorieDrm.SORTIE_REVENDICATION_VCI,
                            CategorieDrm.AUTRES_MOUVEMENTS_INTERNES
                        },
                        new String[] {
                            "replis-declassement-transfert-changement-appellation",
                            "fabrication-autre-produit",
                            "revendication-vci",
                            "autres-mouvements-internes"
                        });
                total(b, CategorieDrm.AUTRES_SORTIES, "autres-sorties");
                fermer();
            }
            fermer();
        }
        feuille("stock-fin-periode", volume(b.stockFin()));
        fermer();
        fermer();
    }

    private static boolean present(BalanceProduit b, CategorieDrm... categories) {
        for (CategorieDrm c : categories) {
            if (!b.total(c).estNul()) {
                return true;
            }
        }
        return false;
    }

    private void groupe(BalanceProduit b, String element, CategorieDrm[] categories, String[] noms)
            throws XMLStreamException {
        if (present(b, categories)) {
            ouvrir(element);
            for (int i = 0; i < categories.length; i++) {
                total(b, categories[i], noms[i]);
            }
            fermer();
        }
    }

    private void total(BalanceProduit b, CategorieDrm categorie, String element) throws XMLStreamException {
        Volume v = b.total(categorie);
        if (!v.estNul()) {
            feuille(element, volume(v));
        }
    }

    private void crd(List<CompteCrdDrm> comptes) throws XMLStreamException {
        Map<String, List<CompteCrdDrm>> parCompte = new LinkedHashMap<>();
        for (CompteCrdDrm c : sansCouleur(comptes)) {
            parCompte
                    .computeIfAbsent(c.compte().categorie() + "|" + c.compte().type(), k -> new ArrayList<>())
                    .add(c);
        }
        for (List<CompteCrdDrm> groupe : parCompte.values()) {
            ouvrir("compte-crd");
            feuille(
                    "categorie-fiscale-capsules",
                    switch (groupe.get(0).compte().categorie()) {
                        case TRANQUILLE -> "T";
                        case MOUSSEUX -> "M";
                        case PRODUITS_INTERMEDIAIRES -> "PI";
                    });
            feuille("type-capsule", typeCapsule(groupe.get(0).compte().type()));
            for (CompteCrdDrm c : groupe) {
                ouvrir("centilisation");
                String centilisation =
                        centilisation(c.compte().contenanceMl(), c.compte().contenant());
                x.writeAttribute("volume", centilisation);
                if ("AUTRE".equals(centilisation)) {
                    x.writeAttribute(
                            "volumePersonnalise",
                            BigDecimal.valueOf(c.compte().contenanceMl(), 1)
                                    .setScale(1, java.math.RoundingMode.HALF_UP)
                                    .toPlainString());
                    x.writeAttribute("bib", Boolean.toString(c.compte().contenant() == Contenant.BIB));
                }
                feuille("stock-debut-periode", Long.toString(c.debut()));
                crdGroupe(
                        c,
                        "entrees-capsules",
                        new NatureCrd[] {NatureCrd.ACHAT, NatureCrd.RETOUR, NatureCrd.EXCEDENT, NatureCrd.AUTRE_ENTREE},
                        new String[] {"achats", "retours", "excedents", "autres-entrees"});
                crdGroupe(
                        c,
                        "sorties-capsules",
                        new NatureCrd[] {
                            NatureCrd.UTILISATION, NatureCrd.DESTRUCTION, NatureCrd.MANQUANT, NatureCrd.AUTRE_SORTIE
                        },
                        new String[] {"utilisations", "destructions", "manquants", "autres-sorties"});
                feuille("stock-fin-periode", Long.toString(c.fin()));
                if (!c.observations().isBlank()) {
                    feuille("observations", c.observations());
                }
                fermer();
            }
            fermer();
        }
    }

    private void crdGroupe(CompteCrdDrm c, String element, NatureCrd[] natures, String[] noms)
            throws XMLStreamException {
        boolean present = false;
        for (NatureCrd n : natures) {
            present |= c.mouvements().getOrDefault(n, 0L) > 0;
        }
        if (present) {
            ouvrir(element);
            for (int i = 0; i < natures.length; i++) {
                long q = c.mouvements().getOrDefault(natures[i], 0L);
                if (q > 0) {
                    feuille(noms[i], Long.toString(q));
                }
            }
            fermer();
        }
    }

    private static String typeCapsule(TypeCapsule t) {
        return t.name();
    }

    /**
     * Customs take no capsule colour, and each size once per account (RG29): stocks of one size in two
     * colours are one size's line, their quantities summed.
     */
    private static List<CompteCrdDrm> sansCouleur(List<CompteCrdDrm> comptes) {
        Map<CompteCapsules, List<CompteCrdDrm>> parTaille = new LinkedHashMap<>();
        for (CompteCrdDrm c : comptes) {
            CompteCapsules k = c.compte();
            parTaille
                    .computeIfAbsent(
                            new CompteCapsules(
                                    k.categorie(), k.type(), k.contenanceMl(), k.contenant(), Optional.empty()),
                            x -> new ArrayList<>())
                    .add(c);
        }
        List<CompteCrdDrm> fusion = new ArrayList<>();
        parTaille.forEach((compte, liste) -> {
            Map<NatureCrd, Long> mouvements = new java.util.EnumMap<>(NatureCrd.class);
            liste.forEach(c -> c.mouvements().forEach((n, q) -> mouvements.merge(n, q, Long::sum)));
            fusion.add(new CompteCrdDrm(
                    compte,
                    liste.stream().mapToLong(CompteCrdDrm::debut).sum(),
                    mouvements,
                    liste.stream().mapToLong(CompteCrdDrm::fin).sum(),
                    String.join(
                            " ; ",
                            liste.stream()
                                    .map(CompteCrdDrm::observations)
                                    .filter(o -> !o.isBlank())
                                    .distinct()
                                    .toList())));
        });
        return fusion;
    }

    /** @return the customs size code of a container, such as {@code CL_75}, {@code BIB_300} or {@code AUTRE} */
    static String centilisation(int ml, Contenant contenant) {
        String code = centilisation(ml);
        boolean bib = code.startsWith("BIB_");
        return bib == (contenant == Contenant.BIB) ? code : "AUTRE";
    }

    /** @return the customs size code, such as {@code CL_75}, {@code BIB_300} or {@code AUTRE} */
    private static String centilisation(int ml) {
        return switch (ml) {
            case 100 -> "CL_10";
            case 125 -> "CL_12_5";
            case 187 -> "CL_18_7";
            case 200 -> "CL_20";
            case 250 -> "CL_25";
            case 350 -> "CL_35";
            case 375 -> "CL_37_5";
            case 500 -> "CL_50";
            case 620 -> "CL_62";
            case 700 -> "CL_70";
            case 750 -> "CL_75";
            case 1000 -> "CL_100";
            case 1500 -> "CL_150";
            case 1750 -> "CL_175";
            case 2000 -> "CL_200";
            case 2250 -> "BIB_225";
            case 3000 -> "BIB_300";
            case 4000 -> "BIB_400";
            case 5000 -> "BIB_500";
            case 8000 -> "BIB_800";
            case 10000 -> "BIB_1000";
            default -> "AUTRE";
        };
    }

    private static String volume(Volume v) {
        return FormatTiers.volume(v);
    }

    private void ouvrir(String element) throws XMLStreamException {
        retrait();
        x.writeStartElement(element);
        profondeur++;
    }

    private void fermer() throws XMLStreamException {
        profondeur--;
        retrait();
        x.writeEndElement();
    }

    private void feuille(String element, String valeur) {
        try {
            retrait();
            x.writeStartElement(element);
            x.writeCharacters(valeur);
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void retrait() throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(profondeur));
    }
}
