package fr.monchai.core.journal;

/**
 * An account of the journal: a lot, a bouteille lot, or one of the domaine's outside
 * accounts. Stock accounts (lots and bouteille lots) can never go below zero.
 */
public sealed interface Compte permits Compte.DeLot, Compte.DeBouteilles, Compte.Externe {

    /**
     * The wine of a lot.
     *
     * @param lotId the lot
     */
    record DeLot(long lotId) implements Compte {
        @Override
        public String cle() {
            return "lot:" + lotId;
        }
    }

    /**
     * The bottles of a bouteille lot (their volume; the count is volume / contenance).
     *
     * @param bouteilleLotId the bouteille lot
     */
    record DeBouteilles(long bouteilleLotId) implements Compte {
        @Override
        public String cle() {
            return "bouteilles:" + bouteilleLotId;
        }
    }

    /**
     * An outside account.
     *
     * @param nature which one
     */
    record Externe(CompteExterne nature) implements Compte {
        @Override
        public String cle() {
            return "externe:" + nature.name();
        }
    }

    /** {@return a stable text key, such as {@code lot:12} (for storage and display)} */
    String cle();

    /** {@return whether this account holds stock, and so may never be negative} */
    default boolean estStock() {
        return !(this instanceof Externe);
    }

    /**
     * {@return whether its balance may never be negative: a stock account, or the wine away at a
     * provider ({@link CompteExterne#TRAVAIL_A_FACON}), which cannot come back before it went}
     */
    default boolean jamaisNegatif() {
        return estStock() || (this instanceof Externe e && e.nature() == CompteExterne.TRAVAIL_A_FACON);
    }

    /**
     * {@return the account}
     *
     * @param cle a key made by {@link #cle()}
     * @throws IllegalArgumentException when the key is not one
     */
    static Compte depuisCle(String cle) {
        int i = cle.indexOf(':');
        String genre = i < 0 ? "" : cle.substring(0, i);
        String valeur = cle.substring(i + 1);
        return switch (genre) {
            case "lot" -> new DeLot(Long.parseLong(valeur));
            case "bouteilles" -> new DeBouteilles(Long.parseLong(valeur));
            case "externe" -> new Externe(CompteExterne.valueOf(valeur));
            default -> throw new IllegalArgumentException("not an account key: " + cle);
        };
    }
}
