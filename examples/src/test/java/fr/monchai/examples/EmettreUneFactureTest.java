package fr.monchai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.vente.Facture;
import fr.monchai.kit.Boutique;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmettreUneFactureTest {

    @Test
    void l_exemple_de_facture_du_readme_emet_une_factur_x() throws IOException {
        Boutique b = new Boutique(MonChai.enMemoire());
        Facture f = EmettreUneFacture.emettre(
                b.chai, b.d, b.commande(b.caviste, b.muscadet, 24, DestinationFiscale.FRANCE_DROITS_ACQUITTES));
        assertEquals(Optional.of("F2026-000001"), f.numero());
        assertTrue(new String(f.document().orElseThrow().contenu(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        String source = Files.readString(Path.of("src/main/java/fr/monchai/examples/EmettreUneFacture.java"));
        String extrait = source.substring(
                        source.indexOf("// README:debut\n") + "// README:debut\n".length(),
                        source.indexOf("        // README:fin"))
                .replaceAll("(?m)^ {8}", "");
        assertTrue(
                Files.readString(Path.of("../README.md")).contains(extrait),
                "README.md must show the invoicing example verbatim:\n" + extrait);
    }
}
