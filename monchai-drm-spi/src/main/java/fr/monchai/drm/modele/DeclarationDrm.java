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
 * @param droitsAcquittes the balances of duty-paid products, by customs label (their lines of the {@code ACQUITTES_}
 *     categories): wine the estate holds with its duty paid, such as bottles bought duty-paid for its shop; the
 *     register's builder gives none (the register holds all its wine under bond), a library user with such
 *     stock gives them
 * @param crd the CRD capsule accounts
 * @param documents the accompanying documents of the month's exits (DAE and DSA), each with its discharge; the
 *     relevé de non-apurement is {@link #releveNonApurement()}, the forms used {@link #plage(TypeDocument)}
 * @param stockEpuise whether the operator declares its stock definitively exhausted
 */
public record DeclarationDrm(
        Declarant declarant,
        YearMonth periode,
        List<BalanceProduit> droitsSuspendus,
        List<BalanceProduit> droitsAcquittes,
        List<CompteCrdDrm> crd,
        List<DocumentSortie> documents,
        boolean stockEpuise) {

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

    /** {@return the relevé de non-apurement: the month's DAE whose discharge had not come back by its last day} */
    public List<DocumentSortie> releveNonApurement() {
        return documents.stream()
                .filter(d -> d.nonApureAu(periode.atEndOfMonth()))
                .toList();
    }

    /**
     * {@return the forms of that kind used in the month, first and last by number (by value when they
     * are all digits: « 98 » before « 102 »), empty when none was}
     *
     * @param type the kind of form
     */
    public Optional<PlageDocuments> plage(TypeDocument type) {
        List<String> numeros = documents.stream()
                .filter(d -> d.type() == type)
                .map(DocumentSortie::numero)
                .distinct()
                .toList();
        if (numeros.isEmpty()) {
            return Optional.empty();
        }
        boolean chiffres =
                numeros.stream().allMatch(n -> !n.isEmpty() && n.chars().allMatch(c -> c >= '0' && c <= '9'));
        List<String> tries = numeros.stream()
                .sorted(
                        chiffres
                                ? java.util.Comparator.comparing(java.math.BigInteger::new)
                                : java.util.Comparator.naturalOrder())
                .toList();
        return Optional.of(new PlageDocuments(type, tries.getFirst(), tries.getLast(), tries.size()));
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
