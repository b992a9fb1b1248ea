package fr.monchai.drm.kit;

import fr.monchai.core.crd.NatureCrd;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What generated months cover: how many months hold each national nature, each capsule regime,
 * container and movement, a product whose stock runs out, a line with a country, contract or
 * document, an undischarged and a discharged DAE, DSA forms. The kit's probe prints it, and says what is never reached.
 *
 * @param parCas each covered thing, by the number of months holding it (sorted by name)
 */
public record Couverture(Map<String, Integer> parCas) {

    /**
     * {@return what those months cover}
     *
     * @param mois generated declarations
     */
    public static Couverture de(List<DeclarationDrm> mois) {
        Map<String, Integer> parCas = new TreeMap<>();
        for (DeclarationDrm drm : mois) {
            Set<String> vus = new java.util.TreeSet<>();
            for (BalanceProduit b : drm.droitsSuspendus()) {
                for (LigneDrm l : b.lignes()) {
                    vus.add(l.nature().map(n -> "nature " + n).orElse("catégorie " + l.categorie()));
                    l.pays().ifPresent(p -> vus.add("détail pays"));
                    l.numeroContrat().ifPresent(p -> vus.add("détail contrat"));
                    l.numeroDocument().ifPresent(p -> vus.add("détail document"));
                    l.moisOrigine().ifPresent(p -> vus.add("détail mois d'origine"));
                }
                if (b.stockFin().estNul() && b.stockDebut().estPositif()) {
                    vus.add("stock épuisé dans le mois");
                }
                if (!b.observations().isBlank()) {
                    vus.add("observations");
                }
                b.produit().tav().ifPresent(t -> vus.add("produit avec TAV"));
                if (b.produit().premix()) {
                    vus.add("produit premix");
                }
                if (!b.produit().codeInao().isBlank()) {
                    vus.add("produit avec son code INAO");
                }
            }
            if (!drm.droitsAcquittes().isEmpty()) {
                vus.add("droits acquittés");
                drm.droitsAcquittes()
                        .forEach(b -> b.lignes().forEach(l -> vus.add("droits acquittés " + l.categorie())));
            }
            for (CompteCrdDrm c : drm.crd()) {
                vus.add("capsules " + c.compte().type() + " " + c.compte().categorie() + " "
                        + c.compte().contenant() + " " + c.compte().contenanceMl() + " ml");
                c.compte().couleur().ifPresent(k -> vus.add("capsules de couleur " + k));
                for (Map.Entry<NatureCrd, Long> m : c.mouvements().entrySet()) {
                    if (m.getValue() > 0) {
                        vus.add("capsules mouvement " + m.getKey());
                    }
                }
            }
            if (!drm.releveNonApurement().isEmpty()) {
                vus.add("DAE non apuré");
            }
            if (drm.documents().stream().anyMatch(doc -> doc.apurement().isPresent())) {
                vus.add("DAE apuré");
            }
            if (drm.plage(fr.monchai.drm.modele.TypeDocument.DSA).isPresent()) {
                vus.add("DSA");
            }
            if (!drm.droitsAcquittes().isEmpty()) {
                vus.add("stock en droits acquittés");
            }
            vus.forEach(v -> parCas.merge(v, 1, Integer::sum));
        }
        return new Couverture(Map.copyOf(parCas));
    }

    /** {@return the national natures no month holds} */
    public Set<NatureDrm> naturesAbsentes() {
        return java.util.Arrays.stream(NatureDrm.values())
                .filter(n -> !parCas.containsKey("nature " + n))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** {@return the report, one covered thing per line with its number of months, then what no month holds} */
    public String rapport() {
        StringBuilder r = new StringBuilder();
        new TreeMap<>(parCas).forEach((cas, n) -> r.append(String.format("%5d  %s%n", n, cas)));
        r.append("jamais : ").append(naturesAbsentes()).append('\n');
        return r.toString();
    }
}
