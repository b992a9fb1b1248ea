package fr.monchai.drm.loire;

import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.Sens;
import java.util.Map;
import java.util.Optional;

/** InterLoire's movement codes (its {@code catalogue_mouvements.csv}, docs/DRM.md §5.3) for the national natures. */
final class CodesInterLoire {

    /** For reading back: each code's nature (export also stands for EU deliveries). */
    static final Map<String, NatureDrm> ENTREES = Map.of("revendique", NatureDrm.RECOLTE, "achatcrd", NatureDrm.ACHAT,
            "repli", NatureDrm.REPLI_ENTREE, "declassement", NatureDrm.DECLASSEMENT_ENTREE, "excedents", NatureDrm.EXCEDENT,
            "retourmarchandisenontaxees", NatureDrm.REINTEGRATION, "retourmarchandisetaxees", NatureDrm.RETOUR_TAXE);
    static final Map<String, NatureDrm> SORTIES = Map.ofEntries(Map.entry("ventefrancebouteillecrd", NatureDrm.VENTE_BOUTEILLES_CRD),
            Map.entry("vracsanscontrat", NatureDrm.VENTE_VRAC_FRANCE),
            Map.entry("ventefrancebouteillecrdacquitte", NatureDrm.VENTE_CRD_ACQUITTES), Map.entry("export", NatureDrm.EXPORT),
            Map.entry("vrac", NatureDrm.VENTE_ENTREPOSITAIRE), Map.entry("contrathorsinterpro", NatureDrm.VENTE_ENTREPOSITAIRE),
            Map.entry("consommationfamilialedegustation", NatureDrm.CONSOMMATION_FAMILIALE), Map.entry("repli", NatureDrm.REPLI_SORTIE),
            Map.entry("declassement", NatureDrm.DECLASSEMENT_SORTIE), Map.entry("destructionperte", NatureDrm.PERTE),
            Map.entry("manquant", NatureDrm.MANQUANT));

    private CodesInterLoire() {}

    /** @return the line's InterLoire movement code */
    static String code(LigneDrm l) {
        return switch (l.nature()) {
            case RECOLTE -> "revendique";
            case ACHAT -> "achatcrd";
            case REPLI_ENTREE, REPLI_SORTIE -> "repli";
            case DECLASSEMENT_ENTREE, DECLASSEMENT_SORTIE -> "declassement";
            case EXCEDENT -> "excedents";
            case REINTEGRATION -> "retourmarchandisenontaxees";
            case RETOUR_TAXE -> "retourmarchandisetaxees";
            case VENTE_BOUTEILLES_CRD -> "ventefrancebouteillecrd";
            case VENTE_VRAC_FRANCE -> "vracsanscontrat";
            case VENTE_CRD_ACQUITTES -> "ventefrancebouteillecrdacquitte";
            case EXPORT, LIVRAISON_UE -> "export";
            case VENTE_ENTREPOSITAIRE -> l.numeroContrat().isPresent() ? "vrac" : "contrathorsinterpro";
            case CONSOMMATION_FAMILIALE -> "consommationfamilialedegustation";
            case PERTE -> "destructionperte";
            case MANQUANT -> "manquant";
        };
    }

    /** @return {@code entrees} or {@code sorties} */
    static String categorie(LigneDrm l) {
        return l.categorie().sens() == Sens.ENTREE ? "entrees" : "sorties";
    }

    /** @return the nature a code of that category was written for */
    static Optional<NatureDrm> nature(String categorie, String code) {
        return Optional.ofNullable(("entrees".equals(categorie) ? ENTREES : SORTIES).get(code));
    }

    /** @return the CRD regime column */
    static String regime(TypeCapsule type) {
        return switch (type) {
            case PERSONNALISEES -> "personnalise";
            case COLLECTIVES_DROITS_SUSPENDUS -> "collectif suspendu";
            case COLLECTIVES_DROITS_ACQUITTES -> "collectif acquitte";
        };
    }

    /** @return the CRD movement column (InterLoire has no code for other entries and exits: the generic {@code autres}) */
    static String crd(NatureCrd n) {
        return switch (n) {
            case ACHAT -> "achats";
            case RETOUR -> "retours";
            case EXCEDENT -> "excedents";
            case UTILISATION -> "utilisations";
            case DESTRUCTION -> "destructions";
            case MANQUANT -> "manquants";
            case AUTRE_ENTREE, AUTRE_SORTIE -> "autres";
        };
    }
}
