package fr.monchai.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.monchai.core.Volume;
import fr.monchai.core.chai.Composition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import fr.monchai.core.journal.Compte;
import java.io.IOException;

/**
 * The API's JSON: snake_case names as in the dev book ({@code surface_ha}, {@code
 * parcelle_id}), ISO dates, exact decimals, volumes in hectolitres, accounts by their key
 * ({@code lot:12}), absent optionals, unknown fields refused; file contents show as their size.
 */
public final class Json {

    /** The one mapper of the API. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("monchai")
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
                    .addSerializer(byte[].class, new StdSerializer<>(byte[].class) {
                        @Override
                        public void serialize(byte[] b, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeNumber(b.length);
                        }
                    }))
            .build();

    private Json() {}

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
    record PartComposition(OptionalInt millesime, String cepage, OptionalLong parcelleId, String appellation, Volume volume,
            BigDecimal pourcentage) {

        static List<PartComposition> de(Composition c) {
            Volume total = c.parts().values().stream().reduce(Volume.ZERO, Volume::plus);
            return c.parts().entrySet().stream().map(e -> new PartComposition(e.getKey().millesime(), e.getKey().cepage(),
                    e.getKey().parcelleId(), e.getKey().appellation(), e.getValue(), total.estNul() ? BigDecimal.ZERO
                    : BigDecimal.valueOf(e.getValue().millilitres()).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(total.millilitres()), 2, RoundingMode.HALF_EVEN))).toList();
        }
    }

    /**
     * @param camel a field path such as {@code sources[0].volumeHl}
     * @return it as the API names it, {@code sources[0].volume_hl}
     */
    public static String nomApi(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
