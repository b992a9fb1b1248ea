package fr.monchai.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.monchai.core.compte.DocumentsParametres;
import fr.monchai.server.http.Json;
import java.util.Optional;

/** Each domaine's {@link ParametresDomaine}, kept as the JSON the API reads and writes. */
public final class Parametres {

    /** The document holding the identity. */
    private static final String DOCUMENT = "parametres";

    private final DocumentsParametres documents;

    /** @param documents where the documents are stored */
    public Parametres(DocumentsParametres documents) {
        this.documents = documents;
    }

    /**
     * @return its settings, once given
     */
    public Optional<ParametresDomaine> de(long domaineId) {
        return documents.lire(domaineId, DOCUMENT).map(json -> {
            try {
                return Json.MAPPER.readValue(json, ParametresDomaine.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored settings of domaine " + domaineId + " are unreadable", e);
            }
        });
    }

    /**
     * @param p its settings, replacing the previous ones
     */
    public void enregistrer(long domaineId, ParametresDomaine p) {
        try {
            String json = Json.MAPPER.writeValueAsString(p);
            documents.ecrire(domaineId, DOCUMENT, json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
