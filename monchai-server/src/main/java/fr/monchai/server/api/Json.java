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
                    .addSerializer(byte[].class, new StdSerializer<>(byte[].class) {
                        @Override
                        public void serialize(byte[] b, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeNumber(b.length);
                        }
                    }))
            .build();

    private Json() {}

    /**
     * @param camel a field path such as {@code sources[0].volumeHl}
     * @return it as the API names it, {@code sources[0].volume_hl}
     */
    public static String nomApi(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
