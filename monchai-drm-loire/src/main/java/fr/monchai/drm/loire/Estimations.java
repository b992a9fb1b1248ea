package fr.monchai.drm.loire;

import fr.monchai.core.chai.Genre;
import fr.monchai.core.commun.Volume;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The amounts a DRM implies, estimated: excise (CIEL computes the official liquidation at
 * validation) and the InterLoire CVO (which InterLoire invoices). Exact decimals, rounded to
 * the cent at the end.
 */
final class Estimations {

    private Estimations() {}

    /** The taxable volume of a product: taxable exits less taxed goods put back under suspension (docs/DRM.md §3.2). */
    static Volume volumeTaxable(BalanceProduit b) {
        if (b.produit().genre() == Genre.VCI) {
            return Volume.ZERO;
        }
        return b.total(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS).moins(b.total(CategorieDrm.REPLACEMENT_SUSPENSION));
    }

    /**
     * @return the excise on a product's taxable volume at the rate of the declared month; none for a VDN
     *     or VDL, an intermediate product whose rates (above or below 18 % vol.) this table does not hold
     */
    static java.util.Optional<BigDecimal> accise(BalanceProduit b, LocalDate date) {
        if (b.produit().certification() == fr.monchai.core.chai.Certification.VDN_VDL) {
            return java.util.Optional.empty();
        }
        TableDeTaux table =
                b.produit().genre() == Genre.MOUSSEUX ? TableDeTaux.ACCISE_MOUSSEUX : TableDeTaux.ACCISE_TRANQUILLES;
        BigDecimal taux = table.taux(date).orElse(BigDecimal.ZERO);
        return java.util.Optional.of(volumeTaxable(b).enHl().multiply(taux).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The CVO base: invoiced exits less invoiced entries (docs/DRM.md §8.3); a sale under an
     * InterLoire contract counts for half, the other half being the buyer's.
     */
    static BigDecimal volumeCvo(BalanceProduit b) {
        BigDecimal base = BigDecimal.ZERO;
        for (LigneDrm l : b.lignes()) {
            BigDecimal hl = l.volume().enHl();
            if (l.nature()
                    .isEmpty()) { // a line read back by its category only: its sales count, its taxed returns come off
                base = switch (l.categorie()) {
                    case VENTES_FRANCE_CRD_SUSPENDUS, VENTES_FRANCE_CRD_ACQUITTES -> base.add(hl);
                    case REPLACEMENT_SUSPENSION -> base.subtract(hl);
                    default -> base;
                };
                continue;
            }
            base = switch (l.nature().get()) {
                case VENTE_BOUTEILLES_CRD, VENTE_VRAC_FRANCE, VENTE_CRD_ACQUITTES, EXPORT, LIVRAISON_UE -> base.add(hl);
                case VENTE_ENTREPOSITAIRE, VENTE_ENTREPOSITAIRE_BOUTEILLES ->
                    l.numeroContrat().isPresent() ? base.add(hl.divide(BigDecimal.TWO)) : base;
                case REINTEGRATION, RETOUR_TAXE -> base.subtract(hl);
                default -> base;
            };
        }
        return base;
    }

    /** @return the estimated CVO on a product */
    static BigDecimal cvo(BalanceProduit b, PerimetreCvo perimetre, LocalDate date) {
        TableDeTaux table = switch (perimetre) {
            case AOC_INTERLOIRE -> TableDeTaux.CVO_AOC;
            case IGP_VAL_DE_LOIRE -> TableDeTaux.CVO_IGP;
            case HORS_CVO -> null;
        };
        if (table == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return volumeCvo(b).multiply(table.taux(date).orElse(BigDecimal.ZERO)).setScale(2, RoundingMode.HALF_UP);
    }

    /** @return the first day of the declared month: the rates in force then apply */
    static LocalDate date(DeclarationDrm drm) {
        return drm.periode().atDay(1);
    }
}
