package fr.monchai.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.DocumentsParametres;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.util.Map;

/**
 * Each domaine's settings of each DRM plugin (InterLoire: the portal's full product catalogue),
 * kept once the plugin has accepted them, and given to the plugin on every preview, export and
 * product choice of that domaine.
 */
public final class ReglagesDrm {

    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {};

    private final DocumentsParametres documents;
    private final ExportateursDrm plugins;

    /**
     * @param documents where the settings are stored
     * @param plugins the DRM plugins that check them
     */
    public ReglagesDrm(DocumentsParametres documents, ExportateursDrm plugins) {
        this.documents = documents;
        this.plugins = plugins;
    }

    /**
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @return its settings for that plugin, empty when none were given (the plugin's defaults)
     * @throws DomainException ({@code INTROUVABLE} on {@code plugin}) when no such plugin is installed
     */
    public Map<String, String> de(long domaineId, String plugin) {
        fabrique(plugin);
        return documents.lire(domaineId, nom(plugin)).map(json -> {
            try {
                return Map.copyOf(Json.MAPPER.readValue(json, TYPE));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored DRM settings of domaine " + domaineId + " are unreadable", e);
            }
        }).orElse(Map.of());
    }

    /**
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @return the exporter configured for that domaine
     */
    public ExportateurDrm exportateur(long domaineId, String plugin) {
        return fabrique(plugin).creer(de(domaineId, plugin));
    }

    /**
     * Keeps settings once the plugin accepts them: an unknown key or an unreadable catalogue is
     * refused, and the previous settings stay.
     *
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @param reglages the settings, replacing the previous ones
     * @throws DomainException ({@code SAISIE_INVALIDE} on {@code reglages}) with the plugin's reason
     */
    public void enregistrer(long domaineId, String plugin, Map<String, String> reglages) {
        try {
            fabrique(plugin).creer(reglages);
        } catch (IllegalArgumentException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "reglages", e.getMessage());
        }
        try {
            documents.ecrire(domaineId, nom(plugin), Json.MAPPER.writeValueAsString(reglages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FabriqueExportateurDrm fabrique(String plugin) {
        return plugins.trouver(plugin).orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, "plugin",
                "aucun module DRM « " + plugin + " » ; modules connus : "
                        + plugins.toutes().stream().map(FabriqueExportateurDrm::id).toList()));
    }

    private static String nom(String plugin) {
        return "drm:" + plugin;
    }
}
