package fr.monchai.server.http;

import fr.monchai.core.chai.Composition;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * JSON Schemas (OpenAPI 3.1, that is JSON Schema 2020-12) of the Java types the API reads and
 * writes, derived from the records themselves with the rules of the API's mapper ({@link Json}):
 * snake_case names (a volume's ending in {@code _hl}), an {@code Optional} field is the only kind that may be absent, volumes are
 * hectolitres, accounts are their key, enumerations are their names. Records become named
 * schemas under {@code components/schemas}.
 */
final class Schemas {

    private final Map<String, Object> nommes = new TreeMap<>();
    private final Map<Class<?>, String> noms = new LinkedHashMap<>();
    private final boolean strict;

    /**
     * {@return whether a request must carry this field: one rule for the document and the server (a field that is not
     * optional and has no default)}
     *
     * @param rc a record component of a request
     */
    static boolean requis(RecordComponent rc) {
        Class<?> t = rc.getType();
        return t != Optional.class
                && t != OptionalInt.class
                && t != OptionalLong.class
                && rc.getAnnotation(fr.monchai.core.commun.ParDefaut.class) == null;
    }

    /** @param strict whether records refuse unknown properties (request bodies do) */
    private Schemas(boolean strict) {
        this.strict = strict;
    }

    /** The schemas of one document: responses open to new fields, requests closed. */
    static final class Document {
        private final Schemas reponses = new Schemas(false);
        private final Schemas requetes = new Schemas(true);

        Map<String, Object> reponse(Type type) {
            return reponses.de(type);
        }

        Map<String, Object> requete(Type type) {
            return requetes.de(type);
        }

        /** @return every named schema, requests suffixed with {@code Saisie} when a response has the same name */
        Map<String, Object> composants() {
            Map<String, Object> tout = new TreeMap<>(reponses.nommes);
            tout.putAll(requetes.nommes);
            return tout;
        }
    }

    Map<String, Object> de(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> brut = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Optional.class.equals(brut)) {
                return de(args[0]);
            }
            if (Collection.class.isAssignableFrom(brut)) {
                return Map.of("type", "array", "items", de(args[0]));
            }
            if (Map.class.isAssignableFrom(brut)) {
                return Map.of("type", "object", "additionalProperties", de(args[1]));
            }
            return de(brut);
        }
        if (type instanceof WildcardType w) {
            return de(w.getUpperBounds()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == OptionalInt.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == OptionalLong.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == BigDecimal.class) {
            return Map.of(
                    "type",
                    "number",
                    "description",
                    "décimal exact (un nombre JSON, jamais arrondi en virgule flottante)");
        }
        if (c == Volume.class) {
            return Map.of(
                    "type",
                    "number",
                    "description",
                    "hectolitres, exacts au millilitre (5 décimales au plus)",
                    "examples",
                    List.of(25.4));
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date", "examples", List.of("2026-09-12"));
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == YearMonth.class) {
            return Map.of("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$", "examples", List.of("2026-03"));
        }
        if (c == Artefact.class) {
            return de(Json.Document.class);
        }
        if (Compte.class.isAssignableFrom(c)) {
            String externes = String.join(
                    "|",
                    java.util.Arrays.stream(CompteExterne.values())
                            .map(Enum::name)
                            .toList());
            return Map.of(
                    "type",
                    "string",
                    "pattern",
                    "^(lot:[1-9][0-9]*|bouteilles:[1-9][0-9]*|externe:(" + externes + "))$",
                    "description",
                    "un compte de volume : lot:ID, bouteilles:ID, ou externe:NATURE (récolte, pertes, sorties…)",
                    "examples",
                    List.of("lot:12", "externe:RECOLTE"));
        }
        if (c == Composition.class) {
            return de(Json.PartComposition[].class);
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", de(c.getComponentType()));
        }
        if (c.isEnum()) {
            List<String> valeurs = new ArrayList<>();
            for (Object v : c.getEnumConstants()) {
                valeurs.add(((Enum<?>) v).name());
            }
            return Map.of("type", "string", "enum", valeurs);
        }
        if (c.isRecord()) {
            return Map.of("$ref", "#/components/schemas/" + nommer(c));
        }
        if (c.isSealed()) {
            List<Object> variantes = new ArrayList<>();
            for (Class<?> s : c.getPermittedSubclasses()) {
                variantes.add(de(s));
            }
            return Map.of("oneOf", variantes);
        }
        throw new IllegalStateException("no JSON schema for " + c.getName() + ": give the route a record");
    }

    private String nommer(Class<?> c) {
        String connu = noms.get(c);
        if (connu != null) {
            return connu;
        }
        String nom = (c.getEnclosingClass() != null
                                && !c.getEnclosingClass().getSimpleName().isEmpty()
                        ? c.getEnclosingClass().getSimpleName()
                        : "")
                + c.getSimpleName();
        if (strict) {
            nom = nom + "Saisie";
        }
        while (noms.containsValue(nom)) {
            nom = nom + "_";
        }
        noms.put(c, nom);
        Map<String, Object> proprietes = new LinkedHashMap<>();
        List<String> requis = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            String champ = Json.nomApi(rc.getName(), rc.getType());
            fr.monchai.core.commun.ParDefaut parDefaut = rc.getAnnotation(fr.monchai.core.commun.ParDefaut.class);
            Map<String, Object> propriete = de(rc.getGenericType());
            if (parDefaut != null && strict) { // an input may leave it out: it then takes its default
                propriete = new LinkedHashMap<>(propriete);
                propriete.put("default", lireDefaut(parDefaut.value()));
            }
            proprietes.put(champ, propriete);
            if (requis(rc) || (parDefaut != null && !strict)) {
                requis.add(champ);
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", proprietes);
        if (!requis.isEmpty()) {
            schema.put("required", requis);
        }
        if (strict) {
            schema.put("additionalProperties", false);
        }
        nommes.put(nom, schema);
        return nom;
    }

    private static Object lireDefaut(String json) {
        try {
            return Json.MAPPER.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a @ParDefaut that is not JSON: " + json, e);
        }
    }
}
