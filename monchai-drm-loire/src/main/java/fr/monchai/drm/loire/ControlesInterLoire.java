package fr.monchai.drm.loire;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.vingtquatrieme.FormatTiers;
import fr.monchai.drm.vingtquatrieme.ProduitPortail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the InterLoire portal checks on top of the national rules and its format's (docs/DRM.md §5, §8). */
final class ControlesInterLoire {

    private ControlesInterLoire() {}

    static List<Anomalie> verifier(DeclarationDrm drm, CatalogueInterLoire catalogue, FormatTiers format) {
        List<Anomalie> anomalies = new ArrayList<>();
        if (!drm.declarant().identifiant("interloire").orElse("").matches("[0-9]{8}")) {
            anomalies.add(new Anomalie(
                    "",
                    "INTERLOIRE-IDENTIFIANT",
                    "l'identifiant InterLoire de l'établissement doit compter 8 chiffres "
                            + "(6 de la société, 2 de l'établissement)",
                    "renseignez l'identifiant donné par le portail vinsvaldeloire.pro",
                    true));
        }
        if (!drm.declarant().numeroAccise().matches("[A-Za-z]{2}[0-9A-Za-z]{11}")) {
            anomalies.add(new Anomalie(
                    "",
                    "INTERLOIRE-ACCISE",
                    "le numéro d'accise « " + drm.declarant().numeroAccise()
                            + " » n'a pas la forme FR suivi de 11 caractères",
                    "recopiez le numéro d'accise de l'entrepositaire agréé",
                    true));
        }
        anomalies.addAll(format.anomalies(drm));
        for (BalanceProduit b : drm.droitsSuspendus()) {
            Optional<ProduitPortail> p = catalogue.trouver(b.produit());
            if (p.isPresent()
                    && CatalogueInterLoire.perimetre(p.get()) == PerimetreCvo.HORS_CVO
                    && b.produit().certification() != Certification.VSIG
                    && b.produit().genre() != Genre.VCI) {
                anomalies.add(new Anomalie(
                        b.libelle(),
                        "INTERLOIRE-PERIMETRE",
                        "cette appellation relève d'une autre " + "interprofession : InterLoire n'y perçoit pas de CVO",
                        "vérifiez le portail de déclaration du produit",
                        false));
            }
        }
        for (CompteCrdDrm c : drm.crd()) {
            if (c.mouvements().containsKey(NatureCrd.AUTRE_ENTREE)
                    || c.mouvements().containsKey(NatureCrd.AUTRE_SORTIE)) {
                anomalies.add(new Anomalie(
                        fr.monchai.core.crd.CapsuleService.libelle(c.compte()),
                        "INTERLOIRE-CRD-AUTRES",
                        "le portail InterLoire refuse les capsules de type « autres » : il ne connaît que les achats, retours, "
                                + "excédents, utilisations, destructions et manquants",
                        "enregistrez ce mouvement de capsules comme l'un de ceux-là, avec une observation",
                        true));
            }
        }
        return anomalies;
    }
}
