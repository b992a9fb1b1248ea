package fr.monchai.drm.modele;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A monthly declaration (DRM) in the national customs model: what every regional plugin
 * turns into its own formats.
 *
 * @param declarant who declares
 * @param periode the month
 * @param droitsSuspendus the balances of products held under duty suspension, by customs label
 * @param droitsAcquittes the balances of duty-paid products, by customs label
 * @param crd the CRD capsule accounts
 * @param documents the accompanying documents of the month's exits
 * @param stockEpuise whether the operator declares its stock definitively exhausted
 */
public record DeclarationDrm(Declarant declarant, YearMonth periode, List<BalanceProduit> droitsSuspendus,
        List<BalanceProduit> droitsAcquittes, List<CompteCrdDrm> crd, List<DocumentSortie> documents, boolean stockEpuise) {

    /** Keeps the lists immutable. */
    public DeclarationDrm {
        droitsSuspendus = List.copyOf(droitsSuspendus);
        droitsAcquittes = List.copyOf(droitsAcquittes);
        crd = List.copyOf(crd);
        documents = List.copyOf(documents);
    }

    /** {@return whether there is nothing to declare (déclaration néant): no product, no capsule} */
    public boolean neant() {
        return droitsSuspendus.isEmpty() && droitsAcquittes.isEmpty() && crd.isEmpty();
    }

    /**
     * {@return its duty-suspended balance}
     *
     * @param libelle a customs label
     */
    public Optional<BalanceProduit> produit(String libelle) {
        return droitsSuspendus.stream().filter(b -> b.libelle().equals(libelle)).findFirst();
    }
}
