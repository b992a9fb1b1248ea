package fr.monchai.core.journal;

/** Where wine goes when it leaves the domaine, as customs need to know it. */
public enum DestinationFiscale {
    /** France, duty due on leaving (droits suspendus, CRD). */
    FRANCE_DROITS_SUSPENDUS(CompteExterne.VENTES_FRANCE_DROITS_SUSPENDUS),
    /** France, duty already paid (droits acquittés). */
    FRANCE_DROITS_ACQUITTES(CompteExterne.VENTES_FRANCE_DROITS_ACQUITTES),
    /** Export outside the EU. */
    EXPORT(CompteExterne.EXPORT),
    /** Delivery to another EU member state (DAE). */
    LIVRAISON_UE(CompteExterne.LIVRAISON_UE),
    /** Another bonded warehouse. */
    ENTREPOSITAIRE_AGREE(CompteExterne.ENTREPOSITAIRE_AGREE),
    /** Family consumption and tasting. */
    CONSOMMATION_FAMILIALE(CompteExterne.CONSOMMATION_FAMILIALE),
    /**
     * Delivered to a distillery (wine, or lees: prestations viniques), without duty; the DRM files it
     * under « autres sorties » and wants an observation, the movement's comment.
     */
    DISTILLATION(CompteExterne.DISTILLATION),
    /**
     * Delivered for industrial use (vinegar making, food industry), without duty; the DRM files it
     * under « autres sorties » and wants an observation, the movement's comment.
     */
    USAGE_INDUSTRIEL(CompteExterne.USAGE_INDUSTRIEL),
    /**
     * Sent to a provider for a while (bottling, relogement, work or distillation à façon), to come
     * back ({@code MouvementService.revenirDeTravailAFacon}): the DRM files both as temporary movements.
     */
    TRAVAIL_A_FACON(CompteExterne.TRAVAIL_A_FACON);

    private final CompteExterne compte;

    DestinationFiscale(CompteExterne compte) {
        this.compte = compte;
    }

    /**
     * {@return whether wine leaving to this destination travels under a DAE (duty suspended, EMCS):
     * otherwise under a DSA in France, or with no document for the family's use}
     */
    public boolean sousDae() {
        return switch (this) {
            case EXPORT, LIVRAISON_UE, ENTREPOSITAIRE_AGREE, DISTILLATION, USAGE_INDUSTRIEL, TRAVAIL_A_FACON -> true;
            case FRANCE_DROITS_SUSPENDUS, FRANCE_DROITS_ACQUITTES, CONSOMMATION_FAMILIALE -> false;
        };
    }

    /** {@return the outside account that exits to this destination are booked to} */
    public Compte compte() {
        return new Compte.Externe(compte);
    }
}
