package fr.monchai.core.commun;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A plugin's settings (a DRM format, an invoice format), strict: a key the plugin does not know is a mistake (a typo), never ignored. */
public final class Reglages {

    private Reglages() {}

    /**
     * Refuses a plugin configuration with a key the plugin does not read (a typo would be ignored otherwise).
     *
     * @param configuration the settings given
     * @param connues the keys the plugin reads
     * @param plugin the plugin's id, for the message
     * @throws IllegalArgumentException naming every unknown key and the known ones
     */
    public static void exigerConnues(Map<String, String> configuration, Set<String> connues, String plugin) {
        Set<String> inconnues = new TreeSet<>(configuration.keySet());
        inconnues.removeAll(connues);
        if (!inconnues.isEmpty()) {
            throw new IllegalArgumentException("réglage(s) inconnu(s) de « " + plugin + " » : " + inconnues
                    + " ; réglages connus : " + new TreeSet<>(connues));
        }
    }
}
