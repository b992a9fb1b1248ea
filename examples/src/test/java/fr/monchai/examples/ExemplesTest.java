package fr.monchai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.commun.Volume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExemplesTest {

    @Test
    void la_chaine_du_chai_tourne_et_imprime_journal_et_stocks() {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        long reste = new ChaineDuChai().jouer(new PrintStream(sortie, true, StandardCharsets.UTF_8));
        String texte = sortie.toString(StandardCharsets.UTF_8);
        assertEquals(5000 - 60 - 120, reste);
        assertTrue(texte.contains("mise_en_bouteille"), texte);
        assertTrue(texte.matches("(?s).*MEB-2027-01 +4820 × 750 ml = 36.15 hl.*"), texte);
        assertTrue(texte.contains("Les Carrières, Clos de l'Écluse"), texte);
    }

    @Test
    void l_exemple_du_readme_compile_tourne_et_n_a_pas_derive() throws IOException {
        assertEquals(Volume.hl("24.5"), PremierPas.exemple());
        String source = Files.readString(Path.of("src/main/java/fr/monchai/examples/PremierPas.java"));
        String extrait = source.substring(
                        source.indexOf("// README:debut\n") + "// README:debut\n".length(),
                        source.indexOf("        // README:fin"))
                .replaceAll("(?m)^ {8}", "");
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains(extrait), "README.md must show PremierPas's example verbatim:\n" + extrait);
    }
}
