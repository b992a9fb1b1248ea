package fr.monchai.drm;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A minimal plugin for the tests: one text line per product and line. */
class ExportateurTexte implements ExportateurDrm, FabriqueExportateurDrm {

    @Override
    public String id() {
        return "texte";
    }

    @Override
    public String nom() {
        return "Texte de test";
    }

    @Override
    public int versionSpi() {
        return VERSION_SPI;
    }

    @Override
    public ExportateurDrm creer(Map<String, String> configuration) {
        fr.monchai.core.commun.Reglages.exigerConnues(configuration, java.util.Set.of(), id());
        return this;
    }

    @Override
    public List<Anomalie> verifier(DeclarationDrm drm) {
        return List.of();
    }

    @Override
    public List<Artefact> exporter(DeclarationDrm drm) {
        StringBuilder sb = new StringBuilder();
        for (BalanceProduit b : drm.droitsSuspendus()) {
            sb.append(b.libelle()).append(';').append(b.stockDebut()).append('\n');
            b.lignes()
                    .forEach(l -> sb.append(b.libelle())
                            .append(';')
                            .append(l.nature()
                                    .map(Enum::name)
                                    .orElse(l.categorie().name()))
                            .append(';')
                            .append(l.volume())
                            .append('\n'));
            sb.append(b.libelle()).append(';').append(b.stockFin()).append('\n');
        }
        return List.of(new Artefact(
                "drm-" + drm.periode() + ".txt", "text/plain", sb.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
