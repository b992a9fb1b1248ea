package fr.monchai.examples.drm;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import fr.monchai.drm.spi.LecteurDrm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An example regional plugin (id {@code exemple}): one semicolon-separated line per product
 * and customs category, the way a small interprofession portal might take it. Copy this
 * module to add a region: change the id, the format and the checks.
 */
public final class FabriqueDrmExemple implements FabriqueExportateurDrm {

    @Override
    public String id() {
        return "exemple";
    }

    @Override
    public String nom() {
        return "Interprofession exemple (modèle de module régional)";
    }

    @Override
    public ExportateurDrm creer(Map<String, String> configuration) {
        return new Exportateur();
    }

    private static final class Exportateur implements ExportateurDrm, LecteurDrm {

        @Override
        public List<Anomalie> verifier(DeclarationDrm drm) {
            List<Anomalie> anomalies = new ArrayList<>();
            for (BalanceProduit b : drm.droitsSuspendus()) {
                if (b.libelle().contains(";")) {
                    anomalies.add(new Anomalie(b.libelle(), "EXEMPLE-LIBELLE", "le libellé contient un point-virgule",
                            "retirez-le du libellé douane", true));
                }
            }
            return anomalies;
        }

        @Override
        public List<Artefact> exporter(DeclarationDrm drm) {
            StringBuilder sb = new StringBuilder("produit;categorie;volume_hl;observations\n");
            for (BalanceProduit b : drm.droitsSuspendus()) {
                sb.append(b.libelle()).append(";stock-debut;").append(b.stockDebut().enHl().toPlainString()).append(';')
                        .append(b.observations().replace('\n', ' ')).append('\n'); // last column: may hold ';'
                Map<CategorieDrm, Volume> parCategorie = new EnumMap<>(CategorieDrm.class);
                b.lignes().forEach(l -> parCategorie.merge(l.categorie(), l.volume(), Volume::plus));
                parCategorie.forEach((c, v) -> sb.append(b.libelle()).append(';').append(c.chemin()).append(';')
                        .append(v.enHl().toPlainString()).append(";\n"));
                sb.append(b.libelle()).append(";stock-fin;").append(b.stockFin().enHl().toPlainString()).append(";\n");
            }
            return List.of(new Artefact("drm-exemple-" + drm.periode() + ".csv", "text/csv; charset=utf-8",
                    sb.toString().getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public Optional<LecteurDrm> lecteur() {
            return Optional.of(this);
        }

        @Override
        public List<BalanceProduit> lire(List<Artefact> artefacts) {
            Map<String, Volume[]> stocks = new LinkedHashMap<>();
            Map<String, List<LigneDrm>> lignes = new LinkedHashMap<>();
            Map<String, String> observations = new LinkedHashMap<>();
            String[] rangees = artefacts.get(0).texte().split("\n");
            for (int i = 1; i < rangees.length; i++) {
                String[] c = rangees[i].split(";", 4);
                Volume v = Volume.hl(c[2]);
                Volume[] s = stocks.computeIfAbsent(c[0], k -> new Volume[] {Volume.ZERO, Volume.ZERO});
                lignes.computeIfAbsent(c[0], k -> new ArrayList<>());
                switch (c[1]) {
                    case "stock-debut" -> {
                        s[0] = v;
                        observations.put(c[0], c[3]);
                    }
                    case "stock-fin" -> s[1] = v;
                    default -> lignes.get(c[0]).add(LigneDrm.de(nature(c[1]), v));
                }
            }
            List<BalanceProduit> balances = new ArrayList<>();
            stocks.forEach((libelle, s) -> balances.add(new BalanceProduit(new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE,
                    libelle, "", "", Couleur.BLANC, "", libelle), s[0], lignes.get(libelle), s[1], observations.getOrDefault(libelle, ""))));
            return balances;
        }

        /** Any nature of that category: the format keeps categories only. */
        private static NatureDrm nature(String chemin) {
            for (NatureDrm n : NatureDrm.values()) {
                if (n.categorie().chemin().equals(chemin)) {
                    return n;
                }
            }
            throw new IllegalArgumentException("unknown category " + chemin);
        }
    }
}
