package fr.monchai.server.pages;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A posted form ({@code application/x-www-form-urlencoded}) read as a person typed it: decimals
 * with a comma or a point and spaces ({@code 25,4}, {@code 1 200,5}), dates from the native date
 * picker. A value that cannot be read is a {@link DomainException} naming the field, shown next to it.
 */
public final class Formulaire {

    private final Map<String, List<String>> valeurs;

    private Formulaire(Map<String, List<String>> valeurs) {
        this.valeurs = valeurs;
    }

    /**
     * @param corps the request body
     * @return the form it holds
     * @throws DomainException naming the field when a value holds a control character (a NUL byte…), as the API's JSON refuses it
     */
    public static Formulaire de(byte[] corps) {
        Map<String, List<String>> valeurs = new LinkedHashMap<>();
        String texte = new String(corps, StandardCharsets.UTF_8);
        for (String paire : texte.split("&", -1)) {
            if (paire.isEmpty()) {
                continue;
            }
            int i = paire.indexOf('=');
            String nom;
            String valeur;
            try {
                nom = URLDecoder.decode(i < 0 ? paire : paire.substring(0, i), StandardCharsets.UTF_8);
                valeur = i < 0 ? "" : URLDecoder.decode(paire.substring(i + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE, "", "le formulaire est mal encodé : renvoyez-le depuis la page");
            }
            valeurs.computeIfAbsent(Exiger.sansControle("", nom), k -> new ArrayList<>())
                    .add(Exiger.sansControle(nom, valeur));
        }
        return new Formulaire(valeurs);
    }

    /**
     * {@return a page address's query read as a form (a filter's fields), with the same rules}
     *
     * @param query the query parameters
     */
    public static Formulaire deRequete(Map<String, String> query) {
        Map<String, List<String>> valeurs = new LinkedHashMap<>();
        query.forEach((k, v) -> valeurs.put(k, List.of(Exiger.sansControle(k, v))));
        return new Formulaire(valeurs);
    }

    /** @return every field as typed (the first value of each), to show the form again */
    public Map<String, String> saisi() {
        Map<String, String> saisi = new LinkedHashMap<>();
        valeurs.forEach((k, v) -> {
            if (!k.equals("_csrf")) {
                saisi.put(k, v.get(0));
            }
        });
        return saisi;
    }

    /** @return the field's text, stripped; empty when absent or blank */
    public Optional<String> texte(String champ) {
        List<String> v = valeurs.get(champ);
        return v == null || v.isEmpty() || v.get(0).isBlank()
                ? Optional.empty()
                : Optional.of(v.get(0).strip());
    }

    /** @return every value of a field given several times (checkboxes) */
    public List<String> tous(String champ) {
        return valeurs.getOrDefault(champ, List.of());
    }

    /**
     * {@return a password as typed, spaces included, or "" when absent (the core then says it is required)}: a
     * password is never stripped, on a page as in the API
     *
     * @param champ the field
     */
    public String motDePasse(String champ) {
        return texteBrut(champ).orElse("");
    }

    /** @return the field exactly as typed, if present and not empty */
    public Optional<String> texteBrut(String champ) {
        List<String> v = valeurs.get(champ);
        return v == null || v.isEmpty() || v.get(0).isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** @return the field's text, or "" (the core then says it is required) */
    public String obligatoire(String champ) {
        return texte(champ).orElse("");
    }

    /** @return the field as an exact decimal, if given */
    public Optional<BigDecimal> decimal(String champ) {
        return texte(champ).map(t -> {
            String nombre = t.replace('\u202f', ' ')
                    .replace('\u00a0', ' ')
                    .replace(" ", "")
                    .replace(',', '.');
            try {
                return new BigDecimal(nombre);
            } catch (NumberFormatException e) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "doit être un nombre, comme 25,4");
            }
        });
    }

    /** @return the field as a whole number, if given */
    public Optional<Long> entier(String champ) {
        return texte(champ).map(t -> {
            try {
                return Long.parseLong(t.replace(" ", "").replace('\u202f', ' ').strip());
            } catch (NumberFormatException e) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "doit être un nombre entier");
            }
        });
    }

    /** @return the field as a day between 1900 and 2100, if given */
    public Optional<LocalDate> date(String champ) {
        return texte(champ).map(t -> {
            try {
                LocalDate d = LocalDate.parse(t);
                if (d.getYear() >= 1900 && d.getYear() <= 2100) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // said below
            }
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "doit être une date entre 1900 et 2100");
        });
    }
}
