package fr.monchai.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.vente.Facture;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The API's JSON: snake_case names as in the dev book ({@code surface_ha}, {@code
 * parcelle_id}), ISO dates, exact decimals, volumes in hectolitres, accounts by their key
 * ({@code lot:12}), absent optionals, unknown fields refused; stored files as their description
 * and download link, never their bytes.
 */
public final class Json {

    /** The one mapper of the API. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(new NommageApi())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Strict input: a wrong type is refused, never converted ("12" for a number, 1.5 for a
            // count, 3 for an enumeration); a key given twice is refused.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // A blank or empty text is never « absent » for a number, a date or an id: "   " for cuve_id is a wrong
            // value.
            .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                    .setCoercion(
                            com.fasterxml.jackson.databind.cfg.CoercionInputShape.EmptyString,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("monchai")
                    .addDeserializer(String.class, new TexteStrict())
                    .addDeserializer(LocalDate.class, new DateStricte())
                    .addSerializer(Volume.class, new StdSerializer<>(Volume.class) {
                        @Override
                        public void serialize(Volume v, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeNumber(v.enHl());
                        }
                    })
                    .addSerializer(Compte.class, new StdSerializer<>(Compte.class) {
                        @Override
                        public void serialize(Compte c, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(c.cle());
                        }
                    })
                    .addSerializer(Composition.class, new StdSerializer<>(Composition.class) {
                        @Override
                        public void serialize(Composition c, JsonGenerator g, SerializerProvider p) throws IOException {
                            p.defaultSerializeValue(PartComposition.de(c), g);
                        }
                    })
                    .addSerializer(Artefact.class, new StdSerializer<>(Artefact.class) {
                        @Override
                        public void serialize(Artefact a, JsonGenerator g, SerializerProvider p) throws IOException {
                            p.defaultSerializeValue(Document.de(a, Optional.empty()), g);
                        }
                    })
                    .setSerializerModifier(new LiensDocuments()))
            .build();

    private Json() {}

    /** An input value refused with a message for people, in French. */
    static final class ValeurRefusee extends MismatchedInputException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        ValeurRefusee(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }
    }

    /** Text without control characters (a NUL byte, an escape sequence): they never belong in a register. */
    private static final class TexteStrict extends StdScalarDeserializer<String> {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        TexteStrict() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ValeurRefusee(p, "doit être un texte", String.class);
            }
            try {
                return fr.monchai.core.commun.Exiger.sansControle("", p.getText());
            } catch (fr.monchai.core.commun.DomainException e) {
                throw new ValeurRefusee(p, e.violations().get(0).message(), String.class);
            }
        }
    }

    /** A calendar date written AAAA-MM-JJ, a register's date (the core's {@code Calendrier}): never a number, never a date-time cut short. */
    private static final class DateStricte extends StdScalarDeserializer<LocalDate> {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private static final java.util.regex.Pattern FORME =
                java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        DateStricte() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)
                    || !FORME.matcher(p.getText()).matches()) {
                throw new ValeurRefusee(p, "doit être une date AAAA-MM-JJ", LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValeurRefusee(p, "« " + p.getText() + " » n'est pas une date du calendrier", LocalDate.class);
            }
            java.util.Optional<String> horsPlage = fr.monchai.core.commun.Calendrier.horsPlage(date);
            if (horsPlage.isPresent()) {
                throw new ValeurRefusee(p, horsPlage.get(), LocalDate.class);
            }
            return date;
        }
    }

    /**
     * A stored file as the API describes it: never its bytes, but what it is and where to
     * download it.
     *
     * @param nom its file name
     * @param typeMedia its media type
     * @param tailleOctets its size
     * @param sha256 the SHA-256 of its bytes, to check a download
     * @param url where to download it (relative to the server)
     */
    record Document(String nom, String typeMedia, long tailleOctets, String sha256, Optional<String> url) {
        static Document de(Artefact a, Optional<String> url) {
            return new Document(a.nom(), a.typeMedia(), a.contenu().length, a.sha256(), url);
        }
    }

    /**
     * Writes the files of an invoice and of a DRM export with their download links: the one
     * place that knows which route serves them.
     */
    private static final class LiensDocuments extends BeanSerializerModifier {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> proprietes) {
            Class<?> type = bean.getBeanClass();
            if (type != Facture.class && type != ExportDeclaration.class) {
                return proprietes;
            }
            List<BeanPropertyWriter> changees = new java.util.ArrayList<>();
            for (BeanPropertyWriter p : proprietes) {
                changees.add(p.getName().equals("document") || p.getName().equals("artefacts") ? new AvecLien(p) : p);
            }
            return changees;
        }
    }

    /** A property holding files, written as {@link Document}s with their links. */
    private static final class AvecLien extends BeanPropertyWriter {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        AvecLien(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator g, SerializerProvider p) throws Exception {
            Object valeur = get(bean);
            if (bean instanceof Facture f && valeur instanceof Optional<?> o && o.orElse(null) instanceof Artefact a) {
                g.writeFieldName(getName());
                p.defaultSerializeValue(Document.de(a, Optional.of("/api/factures/" + f.id() + "/document")), g);
            } else if (bean instanceof ExportDeclaration e && getName().equals("artefacts")) {
                g.writeFieldName(getName());
                List<Document> documents = new java.util.ArrayList<>();
                for (int i = 0; i < e.artefacts().size(); i++) {
                    documents.add(Document.de(
                            e.artefacts().get(i), Optional.of("/api/drm/exports/" + e.id() + "/fichiers/" + i)));
                }
                p.defaultSerializeValue(documents, g);
            } else {
                super.serializeAsField(bean, g, p);
            }
        }
    }

    /**
     * One part of a wine's composition, as the API writes it: what it is (vintage, grape
     * variety, parcelle, appellation, each absent when unknown), its volume and its share.
     *
     * @param millesime the vintage
     * @param cepage the grape variety, empty when unknown
     * @param parcelleId the parcelle it was harvested on
     * @param appellation the appellation, empty when none
     * @param volume its volume
     * @param pourcentage its share of the whole, in percent with two decimals
     */
    record PartComposition(
            OptionalInt millesime,
            String cepage,
            OptionalLong parcelleId,
            String appellation,
            Volume volume,
            BigDecimal pourcentage) {

        static List<PartComposition> de(Composition c) {
            Volume total = c.parts().values().stream().reduce(Volume.ZERO, Volume::plus);
            return c.parts().entrySet().stream()
                    .map(e -> new PartComposition(
                            e.getKey().millesime(),
                            e.getKey().cepage(),
                            e.getKey().parcelleId(),
                            e.getKey().appellation(),
                            e.getValue(),
                            total.estNul()
                                    ? BigDecimal.ZERO
                                    : BigDecimal.valueOf(e.getValue().millilitres())
                                            .multiply(BigDecimal.valueOf(100))
                                            .divide(
                                                    BigDecimal.valueOf(total.millilitres()),
                                                    2,
                                                    RoundingMode.HALF_EVEN)))
                    .toList();
        }
    }

    /**
     * @param camel a field path such as {@code sources[0].volumeHl}
     * @return it as the API names it, {@code sources[0].volume_hl}
     */
    public static String nomApi(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param camel a record component's Java name
     * @param type its type
     * @return its name in the API: snake_case, and a volume's name says its unit ({@code capacite}
     *     is {@code capacite_hl}), so a request's {@code capacite_hl} comes back under the same name
     */
    static String nomApi(String camel, Class<?> type) {
        String nom = nomApi(camel);
        return type == Volume.class && !nom.endsWith("_hl") ? nom + "_hl" : nom;
    }

    /** The API's naming, {@link #nomApi(String, Class)}, for every field the mapper reads or writes. */
    private static final class NommageApi extends PropertyNamingStrategies.NamingBase {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String translate(String nom) {
            return nomApi(nom);
        }

        @Override
        public String nameForField(
                com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                com.fasterxml.jackson.databind.introspect.AnnotatedField champ,
                String nom) {
            return nomApi(nom, champ.getRawType());
        }

        @Override
        public String nameForGetterMethod(
                com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                com.fasterxml.jackson.databind.introspect.AnnotatedMethod methode,
                String nom) {
            return nomApi(nom, methode.getRawReturnType());
        }

        @Override
        public String nameForConstructorParameter(
                com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                com.fasterxml.jackson.databind.introspect.AnnotatedParameter parametre,
                String nom) {
            return nomApi(nom, parametre.getRawType());
        }
    }
}
