package fr.monchai.core.commun;


/** Checks an input record's Jakarta Validation constraints the way the use cases do, for inputs of other layers. */
public final class Saisie {

    private Saisie() {}

    /**
     * @param saisie an input record carrying Jakarta Validation constraints
     * @throws DomainException ({@link CodeErreur#SAISIE_INVALIDE}) naming every broken constraint
     */
    public static void verifier(Object saisie) {
        Saisies.verifier(saisie);
    }
}
