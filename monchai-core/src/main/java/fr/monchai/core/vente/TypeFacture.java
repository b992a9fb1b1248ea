package fr.monchai.core.vente;

/** An invoice or a credit note (which cancels all or part of an issued invoice). */
public enum TypeFacture {
    /** An invoice (type code 380). */
    FACTURE("F"),
    /** A credit note (avoir, type code 381), citing the invoice it corrects. */
    AVOIR("AV");

    private final String prefixe;

    TypeFacture(String prefixe) {
        this.prefixe = prefixe;
    }

    /** {@return the prefix of its numbering series, such as {@code F} or {@code AV}} */
    public String prefixe() {
        return prefixe;
    }
}
