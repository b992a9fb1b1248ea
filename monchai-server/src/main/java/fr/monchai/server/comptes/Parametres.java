package fr.monchai.server.comptes;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.monchai.server.api.Json;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Stores each domaine's {@link ParametresDomaine}. */
public final class Parametres {

    private final Jdbi jdbi;

    /** @param dataSource the pool */
    public Parametres(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * @param domaineId the domaine
     * @return its settings, once given
     */
    public Optional<ParametresDomaine> de(long domaineId) {
        return jdbi.withHandle(h -> h.createQuery("select contenu from parametres_domaine where domaine_id = :d").bind("d", domaineId)
                .mapTo(String.class).findOne()).map(json -> {
                    try {
                        return Json.MAPPER.readValue(json, ParametresDomaine.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored settings of domaine " + domaineId + " are unreadable", e);
                    }
                });
    }

    /**
     * @param domaineId the domaine
     * @param p its settings, replacing the previous ones
     */
    public void enregistrer(long domaineId, ParametresDomaine p) {
        try {
            String json = Json.MAPPER.writeValueAsString(p);
            jdbi.useHandle(h -> h.createUpdate("insert into parametres_domaine values (:d, :c) on conflict (domaine_id) do update set "
                    + "contenu = excluded.contenu").bind("d", domaineId).bind("c", json).execute());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
