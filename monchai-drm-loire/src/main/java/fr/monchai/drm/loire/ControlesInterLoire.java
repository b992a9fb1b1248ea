package fr.monchai.drm.loire;

import fr.monchai.core.crd.NatureCrd;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the InterLoire portal checks on top of the national rules (docs/DRM.md §5, §8). */
final class ControlesInterLoire {

    private ControlesInterLoire() {}

    static List<Anomalie> verifier(DeclarationDrm drm, CatalogueInterLoire catalogue) {
        List<Anomalie> anomalies = new ArrayList<>();
        if (!drm.declarant().identifiantInterprofession().orElse("").matches("[0-9]{8}")) {
            anomalies.add(new Anomalie("", "INTERLOIRE-IDENTIFIANT", "l'identifiant InterLoire de l'établissement doit compter 8 chiffres "
                    + "(6 de la société, 2 de l'établissement)", "renseignez l'identifiant donné par le portail vinsvaldeloire.pro", true));
        }
        if (!drm.declarant().numeroAccise().matches("[A-Za-z]{2}[0-9A-Za-z]{11}")) {
            anomalies.add(new Anomalie("", "INTERLOIRE-ACCISE", "le numéro d'accise « " + drm.declarant().numeroAccise()
                    + " » n'a pas la forme FR suivi de 11 caractères", "recopiez le numéro d'accise de l'entrepositaire agréé", true));
        }
        for (BalanceProduit b : drm.droitsSuspendus()) {
            Optional<ProduitInterLoire> p = catalogue.trouver(b.produit());
            if (p.isEmpty()) {
                anomalies.add(new Anomalie(b.libelle(), "INTERLOIRE-CATALOGUE", "le produit n'est pas dans le catalogue InterLoire "
                        + "(certification, genre, appellation, mention, lieu, couleur, cépage)",
                        "corrigez le produit fiscal du lot, ou chargez le catalogue complet du portail", true));
            } else {
                String inao = p.get().codeInaoDouane();
                if (inao.length() < 6 || inao.length() > 8) {
                    anomalies.add(new Anomalie(b.libelle(), "RG19", "le code INAO « " + inao + " » ne compte pas 6 à 8 caractères",
                            "vérifiez le catalogue", true));
                }
                if (p.get().perimetre() == PerimetreCvo.HORS_CVO && b.produit().certification() != fr.monchai.core.chai.Certification.VSIG
                        && b.produit().genre() != fr.monchai.core.chai.Genre.VCI) {
                    anomalies.add(new Anomalie(b.libelle(), "INTERLOIRE-PERIMETRE", "cette appellation relève d'une autre "
                            + "interprofession : InterLoire n'y perçoit pas de CVO", "vérifiez le portail de déclaration du produit", false));
                }
            }
            for (LigneDrm l : b.lignes()) {
                if ((l.nature() == NatureDrm.EXPORT || l.nature() == NatureDrm.LIVRAISON_UE) && l.pays().isEmpty()) {
                    anomalies.add(new Anomalie(b.libelle(), "INTERLOIRE-PAYS", "une sortie à l'export ou vers l'UE de "
                            + CsvInterLoire.volume(l.volume()) + " hl n'indique pas son pays de destination",
                            "documentez la sortie (pays, DAE) avant l'export", true));
                }
            }
        }
        for (CompteCrdDrm c : drm.crd()) {
            if (c.mouvements().containsKey(NatureCrd.AUTRE_ENTREE) || c.mouvements().containsKey(NatureCrd.AUTRE_SORTIE)) {
                anomalies.add(new Anomalie(fr.monchai.core.crd.CapsuleService.libelle(c.compte()), "INTERLOIRE-CRD-AUTRES",
                        "le portail InterLoire refuse les capsules de type « autres » : il ne connaît que les achats, retours, "
                                + "excédents, utilisations, destructions et manquants",
                        "enregistrez ce mouvement de capsules comme l'un de ceux-là, avec une observation", true));
            }
        }
        return anomalies;
    }
}
