package fr.monchai.facture;

import fr.monchai.facture.spi.FabriqueFormatFacture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The invoice formats known to the application: found on the classpath, registered by hand, or both. */
public final class FormatsFacture {

    private final Map<String, FabriqueFormatFacture> parId;

    private FormatsFacture(Map<String, FabriqueFormatFacture> parId) {
        this.parId = Map.copyOf(parId);
    }

    /**
     * @return every format listed in a {@code META-INF/services/fr.monchai.facture.spi.FabriqueFormatFacture}
     * @throws IllegalStateException when two share an id
     */
    public static FormatsFacture decouvrir() {
        FormatsFacture registre = new FormatsFacture(Map.of());
        for (FabriqueFormatFacture f : ServiceLoader.load(FabriqueFormatFacture.class, Thread.currentThread().getContextClassLoader())) {
            registre = registre.avec(f);
        }
        return registre;
    }

    /**
     * @param fabrique one more format
     * @return a registry with it
     * @throws IllegalStateException when its id is already taken
     */
    public FormatsFacture avec(FabriqueFormatFacture fabrique) {
        if (parId.containsKey(fabrique.id())) {
            throw new IllegalStateException("two invoice formats share the id '" + fabrique.id() + "': "
                    + parId.get(fabrique.id()).getClass().getName() + " and " + fabrique.getClass().getName());
        }
        Map<String, FabriqueFormatFacture> copie = new TreeMap<>(parId);
        copie.put(fabrique.id(), fabrique);
        return new FormatsFacture(copie);
    }

    /**
     * @param id a format id
     * @return that format, if known
     */
    public Optional<FabriqueFormatFacture> trouver(String id) {
        return Optional.ofNullable(parId.get(id));
    }

    /** @return every format, by id */
    public List<FabriqueFormatFacture> toutes() {
        return new TreeMap<>(parId).values().stream().toList();
    }
}
