package fr.monchai.core.vente;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice's totals, exact to the cent (docs/INVOICING.md §6). HT invoices (business customers)
 * follow the EN 16931 model: line = quantity × unit price rounded to the cent, base per
 * rate = sum of lines, VAT = base × rate rounded. TTC invoices (consumers) keep what was
 * charged: TTC per rate = sum of TTC lines, VAT = TTC × rate / (100 + rate) rounded, HT = TTC − VAT.
 *
 * @param parTaux the breakdown by VAT rate, by increasing rate
 * @param ht the total excluding VAT
 * @param tva the total VAT
 * @param ttc the total including VAT: the amount due
 */
public record Totaux(List<TotalTva> parTaux, BigDecimal ht, BigDecimal tva, BigDecimal ttc) {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /** Keeps the list immutable. */
    public Totaux {
        parTaux = List.copyOf(parTaux);
    }

    /**
     * {@return the line total, rounded half-up to the cent}
     *
     * @param quantite how many
     * @param prixUnitaire the unit price
     */
    public static BigDecimal montantLigne(long quantite, BigDecimal prixUnitaire) {
        return prixUnitaire.multiply(BigDecimal.valueOf(quantite)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * {@return the totals}
     *
     * @param lignes an invoice's lines
     * @param base whether their prices are HT or TTC
     */
    public static Totaux calculer(List<LigneFacture> lignes, BasePrix base) {
        Map<BigDecimal, BigDecimal> parTaux = new TreeMap<>();
        for (LigneFacture l : lignes) {
            BigDecimal taux = l.tauxTva().stripTrailingZeros();
            parTaux.merge(taux.scale() < 0 ? taux.setScale(0) : taux, l.montant(), BigDecimal::add);
        }
        List<TotalTva> totaux = new ArrayList<>();
        BigDecimal ht = BigDecimal.ZERO.setScale(2);
        BigDecimal tva = BigDecimal.ZERO.setScale(2);
        BigDecimal ttc = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<BigDecimal, BigDecimal> e : parTaux.entrySet()) {
            BigDecimal taux = e.getKey();
            BigDecimal somme = e.getValue().setScale(2, RoundingMode.UNNECESSARY);
            TotalTva t;
            if (base == BasePrix.HT) {
                BigDecimal v = somme.multiply(taux).divide(CENT, 2, RoundingMode.HALF_UP);
                t = new TotalTva(taux, somme, v, somme.add(v));
            } else {
                BigDecimal v = somme.multiply(taux).divide(CENT.add(taux), 2, RoundingMode.HALF_UP);
                t = new TotalTva(taux, somme.subtract(v), v, somme);
            }
            totaux.add(t);
            ht = ht.add(t.baseHt());
            tva = tva.add(t.tva());
            ttc = ttc.add(t.ttc());
        }
        return new Totaux(totaux, ht, tva, ttc);
    }
}
