package fr.monchai.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.monchai.core.parametres.DocumentsParametres;
import fr.monchai.core.parametres.IdentiteDomaine;
import fr.monchai.core.parametres.ReglagesDomaine;
import fr.monchai.server.http.Json;
import java.util.Map;
import java.util.Optional;

/**
 * Each domaine's identity and named settings, kept as the JSON documents the API reads and writes (the same names in
 * the document as in the API). The identity's rules are the core's ({@link IdentiteDomaine}); the settings' are their
 * owner's (the DRM plugins' through {@code ReglagesDrm}).
 */
public final class Parametres implements ReglagesDomaine {

    /** The document holding the identity. */
    private static final String DOCUMENT = "parametres";

    private static final TypeReference<Map<String, String>> REGLAGES = new TypeReference<>() {};

    private final DocumentsParametres documents;

    /** @param documents where the documents are stored */
    public Parametres(DocumentsParametres documents) {
        this.documents = documents;
    }

    /**
     * {@return the domaine's identity, once given}
     *
     * @param domaineId the domaine
     */
    public Optional<IdentiteDomaine> de(long domaineId) {
        return documents.lire(domaineId, DOCUMENT).map(json -> lire(domaineId, json, IdentiteDomaine.class));
    }

    /**
     * Replaces the domaine's identity, once the core's rules hold.
     *
     * @param domaineId the domaine
     * @param identite its identity
     * @throws fr.monchai.core.commun.DomainException naming every field that breaks a rule
     */
    public void enregistrer(long domaineId, IdentiteDomaine identite) {
        documents.ecrire(domaineId, DOCUMENT, ecrire(IdentiteDomaine.valider(identite)));
    }

    @Override
    public Map<String, String> lire(long domaineId, String nom) {
        return documents
                .lire(domaineId, nom)
                .map(json -> Map.copyOf(lire(domaineId, json, REGLAGES)))
                .orElse(Map.of());
    }

    @Override
    public void ecrire(long domaineId, String nom, Map<String, String> reglages) {
        documents.ecrire(domaineId, nom, ecrire(reglages));
    }

    private static <T> T lire(long domaineId, String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document of domaine " + domaineId + " is unreadable", e);
        }
    }

    private static <T> T lire(long domaineId, String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document of domaine " + domaineId + " is unreadable", e);
        }
    }

    private static String ecrire(Object valeur) {
        try {
            return Json.MAPPER.writeValueAsString(valeur);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
