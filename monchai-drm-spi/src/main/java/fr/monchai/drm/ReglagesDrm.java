package fr.monchai.drm;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.parametres.DocumentsParametres;
import fr.monchai.core.parametres.ReglagesDomaine;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import fr.monchai.drm.spi.ReglageDrm;
import java.util.Map;
import java.util.Optional;

/**
 * Each domaine's DRM plugin and its settings of it (InterLoire: the portal's full product catalogue),
 * kept once the plugin has accepted them, and given to the plugin on every preview, export and
 * product choice of that domaine. A domaine that chose no plugin uses the server's only one, or
 * InterLoire when several are installed (Loire first).
 */
public final class ReglagesDrm {

    /** What a secret setting's value is shown as. */
    public static final String MASQUE = "********";
    /** The plugin of a domaine that chose none, when the server has several: Loire first. */
    private static final String PAR_DEFAUT = "interloire";
    /** The name of the document holding the domaine's chosen plugin. */
    private static final String CHOIX = "drm";

    private final DocumentsParametres documents;
    private final ReglagesDomaine reglages;
    private final ExportateursDrm plugins;

    /**
     * Settings kept in the host's stores, checked by the installed plugins.
     *
     * @param documents where each domaine's choice of plugin is stored
     * @param reglages where each domaine's settings of each plugin are stored
     * @param plugins the DRM plugins that check them
     */
    public ReglagesDrm(DocumentsParametres documents, ReglagesDomaine reglages, ExportateursDrm plugins) {
        this.documents = documents;
        this.reglages = reglages;
        this.plugins = plugins;
    }

    /**
     * The domaine's settings of a plugin, as stored.
     *
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @return its settings for that plugin, empty when none were given (the plugin's defaults)
     * @throws DomainException ({@code INTROUVABLE} on {@code plugin}) when no such plugin is installed
     */
    public Map<String, String> de(long domaineId, String plugin) {
        fabrique(plugin);
        return stockes(domaineId, plugin);
    }

    private Map<String, String> stockes(long domaineId, String plugin) {
        return Map.copyOf(reglages.lire(domaineId, nom(plugin)));
    }

    /**
     * The domaine's settings of a plugin, to show.
     *
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @return its settings for that plugin as a person may see them: a secret setting's value masked
     */
    public Map<String, String> affichables(long domaineId, String plugin) {
        Map<String, String> affichables = new java.util.TreeMap<>(de(domaineId, plugin));
        for (ReglageDrm r : fabrique(plugin).reglages()) {
            if (r.secret()) {
                affichables.computeIfPresent(r.nom(), (k, v) -> MASQUE);
            }
        }
        return affichables;
    }

    /**
     * The plugin the domaine's declarations use.
     *
     * @param domaineId the domaine
     * @return the id of the domaine's plugin: the one it chose, else the only one installed, else
     *     {@code interloire} when it is installed
     * @throws DomainException ({@code OPERATION_INCOHERENTE} on {@code plugin}) when the domaine chose none and the
     *     server cannot choose for it, or its plugin is no longer installed
     */
    public String plugin(long domaineId) {
        Optional<String> choisi = documents.lire(domaineId, CHOIX);
        if (choisi.isPresent()) {
            if (plugins.trouver(choisi.get()).isEmpty()) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "plugin",
                        "le module DRM choisi par le domaine, « "
                                + choisi.get()
                                + " », n'est plus installé sur ce serveur ; choisissez-en un autre (PUT /api/domaine/drm) parmi "
                                + ids());
            }
            return choisi.get();
        }
        if (plugins.toutes().size() == 1) {
            return plugins.toutes().get(0).id();
        }
        if (plugins.trouver(PAR_DEFAUT).isPresent()) {
            return PAR_DEFAUT;
        }
        throw new DomainException(
                CodeErreur.OPERATION_INCOHERENTE,
                "plugin",
                "choisissez le module DRM du domaine (PUT /api/domaine/drm) parmi " + ids());
    }

    /**
     * Whether the domaine chose its plugin, rather than the server for it.
     *
     * @param domaineId the domaine
     * @return whether the domaine chose its plugin itself
     */
    public boolean choisi(long domaineId) {
        return documents.lire(domaineId, CHOIX).isPresent();
    }

    /**
     * Makes that plugin the domaine's: its previews, exports and harvest forms use it from now on.
     *
     * @param domaineId the domaine
     * @param plugin the plugin's id
     * @throws DomainException ({@code INTROUVABLE} on {@code plugin}) when no such plugin is installed
     */
    public void choisir(long domaineId, String plugin) {
        fabrique(plugin);
        documents.ecrire(domaineId, CHOIX, plugin);
    }

    /**
     * The fiscal products the domaine's portal knows, for its forms.
     *
     * @param domaineId the domaine
     * @return the domaine's plugin's products, as the portal spells them; none when the server cannot choose its plugin
     */
    public java.util.List<fr.monchai.core.chai.ProduitFiscal> produits(long domaineId) {
        try {
            return exportateur(domaineId, plugin(domaineId)).produits();
        } catch (DomainException e) {
            return java.util.List.of();
        }
    }

    /**
     * The plugin's exporter, with the domaine's settings.
     *
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
     * @param saisis the settings, replacing the previous ones
     * @throws DomainException ({@code SAISIE_INVALIDE} on {@code reglages}) with the plugin's reason
     */
    public void enregistrer(long domaineId, String plugin, Map<String, String> saisis) {
        FabriqueExportateurDrm fabrique = fabrique(plugin);
        Map<String, ReglageDrm> decrits = new java.util.TreeMap<>();
        fabrique.reglages().forEach(r -> decrits.put(r.nom(), r));
        Map<String, String> gardes = new java.util.TreeMap<>();
        Map<String, String> avant = stockes(domaineId, plugin);
        for (Map.Entry<String, String> e : saisis.entrySet()) {
            ReglageDrm r = decrits.get(e.getKey());
            if (r == null) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "reglages." + e.getKey(),
                        "le module DRM « " + plugin + " » ne prend pas de réglage « " + e.getKey()
                                + " » ; réglages connus : " + decrits.keySet());
            }
            if (e.getValue() == null) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "reglages." + e.getKey(),
                        "une valeur est obligatoire (texte, vide pour aucune)");
            }
            // A masked secret sent back unchanged keeps the value it stands for.
            gardes.put(
                    e.getKey(),
                    r.secret() && MASQUE.equals(e.getValue()) ? avant.getOrDefault(e.getKey(), "") : e.getValue());
        }
        try {
            fabrique.creer(gardes);
        } catch (IllegalArgumentException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "reglages", e.getMessage());
        }
        this.reglages.ecrire(domaineId, nom(plugin), gardes);
    }

    private FabriqueExportateurDrm fabrique(String plugin) {
        return plugins.trouver(plugin)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.INTROUVABLE,
                        "plugin",
                        "aucun module DRM « " + plugin + " » ; modules connus : "
                                + plugins.toutes().stream()
                                        .map(FabriqueExportateurDrm::id)
                                        .toList()));
    }

    private java.util.List<String> ids() {
        return plugins.toutes().stream().map(FabriqueExportateurDrm::id).toList();
    }

    private static String nom(String plugin) {
        return "drm:" + plugin;
    }
}
