package fr.monchai.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a handler receives: who calls, the path and query parameters, the body.
 *
 * @param utilisateur the authenticated user, if any
 * @param session the session cookie's value, when the caller is a browser session
 * @param client the caller's IP address
 * @param parametres the path parameters
 * @param query the query parameters
 * @param corps the body
 * @param csrf the session's CSRF token, for the forms a page renders
 * @param entetes the htmx headers of a page request ({@code HX-Request}, {@code HX-Boosted}), empty strings when absent
 * @param registre the caller's domaine, every use case bound to it, when a user calls
 */
// The body is read, never compared: a record's array equality does not matter here.
@SuppressWarnings("ArrayRecordComponent")
public record Requete(
        Optional<Utilisateur> utilisateur,
        Optional<String> session,
        String client,
        Map<String, String> parametres,
        Map<String, String> query,
        byte[] corps,
        Optional<String> csrf,
        Map<String, String> entetes,
        Optional<ChaiDomaine> registre) {

    /** @return the caller's domaine's register: every query and write scoped to it (the route required a user) */
    public ChaiDomaine chai() {
        return registre.orElseThrow();
    }

    /** @return the caller's domaine (the route required a user) */
    public long domaine() {
        return utilisateur.orElseThrow().domaineId();
    }

    /**
     * @param nom a path parameter holding an id
     * @return it as a number
     * @throws DomainException (not found) when it is not a number
     */
    public long id(String nom) {
        try {
            return Long.parseLong(parametres.get(nom));
        } catch (NumberFormatException e) {
            throw new DomainException(
                    CodeErreur.INTROUVABLE, nom, "« " + parametres.get(nom) + " » n'est pas un identifiant");
        }
    }

    /**
     * @param nom a query parameter
     * @return its value, if given
     */
    public Optional<String> query(String nom) {
        return Optional.ofNullable(query.get(nom)).filter(v -> !v.isBlank());
    }

    /**
     * Refuses, all at once, a body that leaves out fields the OpenAPI document says it requires
     * ({@link Schemas#requis}): the document and the server never disagree.
     */
    private static void exigerRequis(Object valeur) {
        if (!valeur.getClass().isRecord()) {
            return;
        }
        java.util.List<fr.monchai.core.commun.Violation> manquants = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent rc : valeur.getClass().getRecordComponents()) {
            try {
                // The records of the API's resources live in their own package, often not public.
                rc.getAccessor().setAccessible(true);
                if (Schemas.requis(rc) && rc.getAccessor().invoke(valeur) == null) {
                    manquants.add(new fr.monchai.core.commun.Violation(rc.getName(), "obligatoire", "obligatoire"));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!manquants.isEmpty()) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, manquants);
        }
    }

    /**
     * @param nom a parameter's name, for the error
     * @param valeur its text
     * @return it as a whole number
     * @throws DomainException naming the parameter when it is not one
     */
    public static long nombre(String nom, String valeur) {
        try {
            return Long.parseLong(valeur);
        } catch (NumberFormatException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, nom, "doit être un nombre entier");
        }
    }

    /**
     * @param <E> the enumeration
     * @param type its class
     * @param nom a parameter's name, for the error
     * @param valeur its text, a constant's name
     * @return that constant
     * @throws DomainException naming the parameter and listing the values when it is none of them
     */
    public static <E extends Enum<E>> E enumeration(Class<E> type, String nom, String valeur) {
        try {
            return Enum.valueOf(type, valeur);
        } catch (IllegalArgumentException e) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    nom,
                    "doit être l'une des valeurs "
                            + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * @param nom a query parameter holding a day
     * @return it, if given
     * @throws DomainException naming the parameter when it is not a day AAAA-MM-JJ between 1900 and 2100
     */
    public Optional<LocalDate> date(String nom) {
        Optional<String> texte = query(nom);
        if (texte.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate jour = LocalDate.parse(texte.get());
            if (jour.getYear() >= 1900 && jour.getYear() <= 2100) {
                return Optional.of(jour);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // the message below says what is expected
        }
        throw new DomainException(CodeErreur.SAISIE_INVALIDE, nom, "doit être une date AAAA-MM-JJ entre 1900 et 2100");
    }

    /**
     * @param <T> the input type
     * @param type an input record
     * @return the body read as it
     * @throws DomainException naming the field when the body is not valid JSON of that shape
     */
    public <T> T lire(Class<T> type) {
        if (corps.length == 0) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "", "le corps de la requête doit être un objet JSON");
        }
        if (corps.length >= 3 && (corps[0] & 0xff) == 0xEF && (corps[1] & 0xff) == 0xBB && (corps[2] & 0xff) == 0xBF) {
            // One rule for every route: JSON is sent without a byte-order mark (RFC 8259 §8.1).
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "",
                    "le corps commence par une marque d'ordre d'octets (BOM) : " + "envoyez le JSON en UTF-8 sans BOM");
        }
        try {
            T valeur = Json.MAPPER.readValue(corps, type);
            if (valeur == null) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE, "", "le corps de la requête doit être un objet JSON");
            }
            exigerRequis(valeur);
            return valeur;
        } catch (Json.ValeurRefusee e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, chemin(e), e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, chemin(e), "champ inconnu");
        } catch (InvalidFormatException e) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    chemin(e),
                    "valeur « " + e.getValue() + " » invalide : attendu " + attendu(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, chemin(e), "type invalide : attendu " + attendu(e.getTargetType()));
        } catch (StreamReadException e) {
            JsonParser p = e.getProcessor();
            String champ = p != null && p.getParsingContext().getCurrentName() != null
                    ? Json.nomApi(p.getParsingContext().getCurrentName())
                    : "";
            java.util.regex.Matcher doublon = DOUBLON.matcher(e.getOriginalMessage());
            if (doublon.find()) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, doublon.group(1), "champ donné deux fois");
            }
            if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "nombre hors des limites permises");
            }
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "JSON mal formé (ligne " + e.getLocation().getLineNr() + ", colonne "
                            + e.getLocation().getColumnNr() + ")");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String champ = chemin(e);
            boolean limite = e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                    || String.valueOf(e.getOriginalMessage()).contains("out of range");
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, champ, limite ? "nombre hors des limites permises" : "valeur invalide");
        } catch (JsonProcessingException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "", "JSON mal formé");
        } catch (IOException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "", "corps illisible");
        }
    }

    private static final java.util.regex.Pattern DOUBLON = java.util.regex.Pattern.compile("Duplicate field '([^']*)'");

    private static String chemin(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String attendu(Class<?> type) {
        if (type == null) {
            return "une autre valeur";
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Long", "long", "Integer", "int" -> "un nombre";
            case "LocalDate" -> "une date AAAA-MM-JJ";
            case "Boolean", "boolean" -> "true ou false";
            case "String" -> "un texte";
            case "List" -> "une liste";
            default ->
                type.isEnum()
                        ? "une des valeurs " + java.util.Arrays.toString(type.getEnumConstants())
                        : type.isRecord() ? "un objet" : "une autre valeur";
        };
    }
}
