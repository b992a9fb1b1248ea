package fr.monchai.persistence.internal;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.BasePrix;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.LigneCommande;
import fr.monchai.core.vente.LigneFacture;
import fr.monchai.core.vente.Paiement;
import fr.monchai.core.vente.Produit;
import fr.monchai.core.vente.QuantitesCommandees;
import fr.monchai.core.vente.StatutCommande;
import fr.monchai.core.vente.StatutFacture;
import fr.monchai.core.vente.Totaux;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.core.vente.TypeFacture;
import fr.monchai.core.vente.Ventes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Customers, products, orders and invoices on PostgreSQL. Lines, payments and delivery
 * movements are rows of their own; an invoice's totals are recomputed from its lines, which
 * gives the same exact figures. A trigger refuses any change to an issued invoice's number,
 * dates or document.
 */
final class PgVentes implements Ventes {

    private final TransactionsPg tx;

    PgVentes(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Client inserer(Client c) {
        return tx.avec(h -> {
            Client stocke = c.avecId(Colonnes.nouvelId(h));
            ecrire(stocke);
            return stocke;
        });
    }

    @Override
    public void mettreAJour(Client c) {
        ecrire(c);
    }

    /** Inserts or replaces the row: one statement for both, so a new column cannot be forgotten in one of them. */
    private void ecrire(Client c) {
        tx.avec(h -> {
            Optional<Adresse> l = c.adresseLivraison();
            h.createUpdate(
                            "insert into client values (:d, :id, :type, :nom, :rue, :cp, :ville, :pays, :lrue, :lcp, :lville, :lpays, "
                                    + ":siren, :siret, :tva, :electronique, :email) on conflict (domaine_id, id) do update set "
                                    + "(type, nom, facturation_rue, facturation_code_postal, facturation_ville, facturation_pays, livraison_rue, "
                                    + "livraison_code_postal, livraison_ville, livraison_pays, siren, siret, numero_tva, adresse_electronique, email) = "
                                    + "(excluded.type, excluded.nom, excluded.facturation_rue, excluded.facturation_code_postal, "
                                    + "excluded.facturation_ville, excluded.facturation_pays, excluded.livraison_rue, excluded.livraison_code_postal, "
                                    + "excluded.livraison_ville, excluded.livraison_pays, excluded.siren, excluded.siret, excluded.numero_tva, "
                                    + "excluded.adresse_electronique, excluded.email)")
                    .bind("d", c.domaineId())
                    .bind("id", c.id())
                    .bind("type", c.type().name())
                    .bind("nom", c.nom())
                    .bind("rue", c.adresseFacturation().rue())
                    .bind("cp", c.adresseFacturation().codePostal())
                    .bind("ville", c.adresseFacturation().ville())
                    .bind("pays", c.adresseFacturation().pays())
                    .bind("lrue", l.map(Adresse::rue).orElse(null))
                    .bind("lcp", l.map(Adresse::codePostal).orElse(null))
                    .bind("lville", l.map(Adresse::ville).orElse(null))
                    .bind("lpays", l.map(Adresse::pays).orElse(null))
                    .bind("siren", c.siren().orElse(null))
                    .bind("siret", c.siret().orElse(null))
                    .bind("tva", c.numeroTva().orElse(null))
                    .bind("electronique", c.adresseElectronique().orElse(null))
                    .bind("email", c.email().orElse(null))
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<Client> client(long domaineId, long id) {
        return tx.trouver("client", domaineId, id, (rs, ctx) -> client(rs));
    }

    @Override
    public List<Client> clients(long domaineId) {
        return tx.lister("client", domaineId, (rs, ctx) -> client(rs));
    }

    private static Client client(ResultSet rs) throws SQLException {
        Optional<Adresse> livraison = rs.getString("livraison_rue") == null
                ? Optional.empty()
                : Optional.of(new Adresse(
                        rs.getString("livraison_rue"),
                        rs.getString("livraison_code_postal"),
                        rs.getString("livraison_ville"),
                        rs.getString("livraison_pays")));
        return new Client(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                TypeClient.valueOf(rs.getString("type")),
                rs.getString("nom"),
                new Adresse(
                        rs.getString("facturation_rue"),
                        rs.getString("facturation_code_postal"),
                        rs.getString("facturation_ville"),
                        rs.getString("facturation_pays")),
                livraison,
                opt(rs, "siren"),
                opt(rs, "siret"),
                opt(rs, "numero_tva"),
                opt(rs, "adresse_electronique"),
                opt(rs, "email"));
    }

    private static Optional<String> opt(ResultSet rs, String colonne) throws SQLException {
        return Optional.ofNullable(rs.getString(colonne));
    }

    @Override
    public Produit inserer(Produit p) {
        return tx.avec(h -> {
            Produit stocke = p.avecId(Colonnes.nouvelId(h));
            ecrire(stocke);
            return stocke;
        });
    }

    @Override
    public void mettreAJour(Produit p) {
        ecrire(p);
    }

    /** Inserts or replaces the row (never its bouteille lot): one statement for both. */
    private void ecrire(Produit p) {
        tx.avec(h -> {
            h.createUpdate(
                            "insert into produit values (:d, :id, :bl, :sku, :nom, :prix, :base, :tva, :appellation, :millesime, "
                                    + ":contenance, :degre) on conflict (domaine_id, id) do update set "
                                    + "(sku, nom, prix, base, taux_tva, appellation, millesime, contenance_ml, degre) = (excluded.sku, excluded.nom, "
                                    + "excluded.prix, excluded.base, excluded.taux_tva, excluded.appellation, excluded.millesime, "
                                    + "excluded.contenance_ml, excluded.degre)")
                    .bind("d", p.domaineId())
                    .bind("id", p.id())
                    .bind("bl", p.bouteilleLotId())
                    .bind("sku", p.sku())
                    .bind("nom", p.nom())
                    .bind("prix", p.prix())
                    .bind("base", p.base().name())
                    .bind("tva", p.tauxTva())
                    .bind("appellation", p.appellation())
                    .bind("millesime", Colonnes.nullable(p.millesime()))
                    .bind("contenance", p.contenanceMl())
                    .bind("degre", p.degre())
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<Produit> produit(long domaineId, long id) {
        return tx.trouver("produit", domaineId, id, (rs, ctx) -> produit(rs));
    }

    @Override
    public List<Produit> produits(long domaineId) {
        return tx.lister("produit", domaineId, (rs, ctx) -> produit(rs));
    }

    private static Produit produit(ResultSet rs) throws SQLException {
        OptionalInt millesime = Colonnes.optionalInt(rs, "millesime");
        return new Produit(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getLong("bouteille_lot_id"),
                rs.getString("sku"),
                rs.getString("nom"),
                rs.getBigDecimal("prix"),
                BasePrix.valueOf(rs.getString("base")),
                rs.getBigDecimal("taux_tva"),
                rs.getString("appellation"),
                millesime,
                rs.getInt("contenance_ml"),
                rs.getBigDecimal("degre"));
    }

    @Override
    public Commande inserer(Commande c) {
        return tx.avec(h -> {
            Commande stockee = c.avecId(Colonnes.nouvelId(h));
            h.createUpdate(
                            "insert into commande (domaine_id, id, client_id, date, destination, pays, numero_document, numero_contrat, "
                                    + "reference_client, statut, accise_destinataire) values (:d, :id, :client, :date, :destination, :pays, "
                                    + ":document, :contrat, :referenceClient, :statut, :accise)")
                    .bind("d", c.domaineId())
                    .bind("id", stockee.id())
                    .bind("client", c.clientId())
                    .bind("date", c.date())
                    .bind("destination", c.destination().name())
                    .bind("pays", c.reference().pays().orElse(null))
                    .bind("document", c.reference().numeroDocument().orElse(null))
                    .bind("contrat", c.reference().numeroContrat().orElse(null))
                    .bind("referenceClient", c.referenceClient())
                    .bind("statut", c.statut().name())
                    .bind("accise", c.reference().acciseDestinataire().orElse(null))
                    .execute();
            PreparedBatch lignes = h.prepareBatch(
                    "insert into ligne_commande (domaine_id, commande_id, rang, produit_id, quantite, prix_unitaire, base) "
                            + "values (:d, :c, :rang, :produit, :quantite, :prix, :base)");
            for (int i = 0; i < c.lignes().size(); i++) {
                LigneCommande l = c.lignes().get(i);
                lignes.bind("d", c.domaineId())
                        .bind("c", stockee.id())
                        .bind("rang", i)
                        .bind("produit", l.produitId())
                        .bind("quantite", l.quantite())
                        .bind("prix", l.prixUnitaire())
                        .bind("base", l.base().name())
                        .add();
            }
            lignes.execute();
            return stockee;
        });
    }

    @Override
    public void mettreAJour(Commande c) {
        tx.avec(h -> {
            h.createUpdate("update commande set statut = :statut where domaine_id = :d and id = :id")
                    .bind("statut", c.statut().name())
                    .bind("d", c.domaineId())
                    .bind("id", c.id())
                    .execute();
            h.createUpdate("delete from commande_mouvement where domaine_id = :d and commande_id = :id")
                    .bind("d", c.domaineId())
                    .bind("id", c.id())
                    .execute();
            if (!c.mouvements().isEmpty()) {
                PreparedBatch b = h.prepareBatch("insert into commande_mouvement values (:d, :c, :rang, :m)");
                for (int i = 0; i < c.mouvements().size(); i++) {
                    b.bind("d", c.domaineId())
                            .bind("c", c.id())
                            .bind("rang", i)
                            .bind("m", c.mouvements().get(i))
                            .add();
                }
                b.execute();
            }
            return null;
        });
    }

    @Override
    public Optional<Commande> commande(long domaineId, long id) {
        return tx.avec(h -> commandes(h, domaineId, true, id).stream().findFirst());
    }

    @Override
    public List<Commande> commandes(long domaineId) {
        return tx.avec(h -> commandes(h, domaineId, false, 0));
    }

    @Override
    public Map<Long, QuantitesCommandees> quantitesCommandees(long domaineId) {
        return tx.avec(h -> {
            Map<Long, QuantitesCommandees> parProduit = new HashMap<>();
            h.createQuery("select l.produit_id, coalesce(sum(l.quantite) filter (where c.statut = 'VALIDEE'), 0), "
                            + "coalesce(sum(l.quantite) filter (where c.statut = 'LIVREE'), 0) from ligne_commande l "
                            + "join commande c on c.domaine_id = l.domaine_id and c.id = l.commande_id "
                            + "where l.domaine_id = :d and c.statut in ('VALIDEE', 'LIVREE') group by l.produit_id")
                    .bind("d", domaineId)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), new QuantitesCommandees(rs.getLong(2), rs.getLong(3))))
                    .forEach(e -> parProduit.put(e.getKey(), e.getValue()));
            return parProduit;
        });
    }

    private static List<Commande> commandes(Handle h, long domaineId, boolean une, long id) {
        String filtre = une ? " and id = :id" : "";
        String parCommande = une ? " and commande_id = :id" : "";
        Map<Long, List<LigneCommande>> lignes = enfants(
                h,
                "ligne_commande",
                "commande_id",
                parCommande,
                domaineId,
                id,
                rs -> new LigneCommande(
                        rs.getLong("produit_id"),
                        rs.getLong("quantite"),
                        rs.getBigDecimal("prix_unitaire"),
                        BasePrix.valueOf(rs.getString("base"))));
        Map<Long, List<Long>> mouvements = enfants(
                h, "commande_mouvement", "commande_id", parCommande, domaineId, id, rs -> rs.getLong("mouvement_id"));
        return h.createQuery("select * from commande where domaine_id = :d" + filtre + " order by id")
                .bind("d", domaineId)
                .bind("id", id)
                .map((rs, ctx) -> new Commande(
                        rs.getLong("id"),
                        domaineId,
                        rs.getLong("client_id"),
                        Colonnes.date(rs, "date"),
                        DestinationFiscale.valueOf(rs.getString("destination")),
                        new ReferenceSortie(
                                opt(rs, "pays"),
                                opt(rs, "numero_document"),
                                opt(rs, "numero_contrat"),
                                opt(rs, "accise_destinataire"),
                                Optional.empty()),
                        rs.getString("reference_client"),
                        StatutCommande.valueOf(rs.getString("statut")),
                        lignes.getOrDefault(rs.getLong("id"), List.of()),
                        mouvements.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public Facture inserer(Facture f) {
        return tx.avec(h -> {
            Facture stockee = f.avecId(Colonnes.nouvelId(h));
            h.createUpdate(
                            "insert into facture (domaine_id, id, type, client_id, commande_id, facture_origine_id, base, date_livraison, "
                                    + "echeance, statut) values (:d, :id, :type, :client, :commande, :origine, :base, :livraison, :echeance, :statut)")
                    .bind("d", f.domaineId())
                    .bind("id", stockee.id())
                    .bind("type", f.type().name())
                    .bind("client", f.clientId())
                    .bind("commande", Colonnes.nullable(f.commandeId()))
                    .bind("origine", Colonnes.nullable(f.factureOrigineId()))
                    .bind("base", f.base().name())
                    .bind("livraison", f.dateLivraison())
                    .bind("echeance", f.echeance())
                    .bind("statut", f.statut().name())
                    .execute();
            PreparedBatch lignes = h.prepareBatch(
                    "insert into ligne_facture values (:d, :f, :rang, :produit, :designation, :quantite, "
                            + ":prix, :tva, :montant, :contenance, :degre)");
            for (int i = 0; i < f.lignes().size(); i++) {
                LigneFacture l = f.lignes().get(i);
                lignes.bind("d", f.domaineId())
                        .bind("f", stockee.id())
                        .bind("rang", i)
                        .bind("produit", Colonnes.nullable(l.produitId()))
                        .bind("designation", l.designation())
                        .bind("quantite", l.quantite())
                        .bind("prix", l.prixUnitaire())
                        .bind("tva", l.tauxTva())
                        .bind("montant", l.montant())
                        .bind("contenance", l.contenanceMl())
                        .bind("degre", l.degre())
                        .add();
            }
            lignes.execute();
            return stockee;
        });
    }

    @Override
    public void supprimerFacture(long domaineId, long id) {
        tx.avec(h -> {
            h.createUpdate("delete from ligne_facture where domaine_id = :d and facture_id = :id")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .execute();
            return h.createUpdate("delete from facture where domaine_id = :d and id = :id and statut = 'BROUILLON'")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .execute();
        });
    }

    @Override
    public void mettreAJour(Facture f) {
        tx.avec(h -> {
            Optional<Artefact> doc = f.document();
            h.createUpdate(
                            "update facture set numero = :numero, date_emission = :emission, echeance = :echeance, statut = :statut, "
                                    + "document_nom = :nom, document_type = :type, document = :document, document_sha256 = :sha "
                                    + "where domaine_id = :d and id = :id")
                    .bind("numero", f.numero().orElse(null))
                    .bind("emission", f.dateEmission().orElse(null))
                    .bind("echeance", f.echeance())
                    .bind("statut", f.statut().name())
                    .bind("nom", doc.map(Artefact::nom).orElse(null))
                    .bind("type", doc.map(Artefact::typeMedia).orElse(null))
                    .bind("document", doc.map(Artefact::contenu).orElse(null))
                    .bind("sha", doc.map(Artefact::sha256).orElse(null))
                    .bind("d", f.domaineId())
                    .bind("id", f.id())
                    .execute();
            int deja = h.createQuery("select count(*) from paiement where domaine_id = :d and facture_id = :id")
                    .bind("d", f.domaineId())
                    .bind("id", f.id())
                    .mapTo(Integer.class)
                    .one();
            for (int i = deja; i < f.paiements().size(); i++) {
                Paiement p = f.paiements().get(i);
                h.createUpdate("insert into paiement values (:d, :f, :rang, :date, :montant, :moyen)")
                        .bind("d", f.domaineId())
                        .bind("f", f.id())
                        .bind("rang", i)
                        .bind("date", p.date())
                        .bind("montant", p.montant())
                        .bind("moyen", p.moyen())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void verrouillerFacture(long domaineId, long id) {
        tx.avec(h -> h.createQuery("select id from facture where domaine_id = :d and id = :id for update")
                .bind("d", domaineId)
                .bind("id", id)
                .mapTo(Long.class)
                .findOne());
    }

    @Override
    public Optional<Facture> facture(long domaineId, long id) {
        return tx.avec(h -> factures(h, domaineId, true, id).stream().findFirst());
    }

    @Override
    public List<Facture> factures(long domaineId) {
        return tx.avec(h -> factures(h, domaineId, false, 0));
    }

    @Override
    public Optional<Facture> factureDeCommande(long domaineId, long commandeId) {
        return premiere(
                domaineId,
                "select id from facture where domaine_id = :d and type = 'FACTURE' and commande_id = :c "
                        + "order by id limit 1",
                q -> q.bind("c", commandeId));
    }

    @Override
    public Optional<Facture> avoirDe(long domaineId, long factureId) {
        return premiere(
                domaineId,
                "select id from facture where domaine_id = :d and type = 'AVOIR' and facture_origine_id = :f "
                        + "order by id limit 1",
                q -> q.bind("f", factureId));
    }

    @Override
    public Optional<Facture> emiseApres(long domaineId, String serie, LocalDate date) {
        return premiere(
                domaineId,
                "select id from facture where domaine_id = :d and starts_with(numero, :serie) "
                        + "and date_emission > :date order by id limit 1",
                q -> q.bind("serie", serie + "-").bind("date", date));
    }

    /** The whole invoice whose id a query finds, read only when there is one. */
    private Optional<Facture> premiere(long domaineId, String sql, UnaryOperator<Query> parametres) {
        return tx.avec(h -> parametres
                .apply(h.createQuery(sql).bind("d", domaineId))
                .mapTo(Long.class)
                .findOne()
                .flatMap(id -> factures(h, domaineId, true, id).stream().findFirst()));
    }

    private static List<Facture> factures(Handle h, long domaineId, boolean une, long id) {
        String filtre = une ? " and id = :id" : "";
        String parFacture = une ? " and facture_id = :id" : "";
        Map<Long, List<LigneFacture>> lignes = enfants(
                h,
                "ligne_facture",
                "facture_id",
                parFacture,
                domaineId,
                id,
                rs -> new LigneFacture(
                        Colonnes.optionalLong(rs, "produit_id"),
                        rs.getString("designation"),
                        rs.getLong("quantite"),
                        rs.getBigDecimal("prix_unitaire"),
                        rs.getBigDecimal("taux_tva"),
                        rs.getBigDecimal("montant"),
                        rs.getInt("contenance_ml"),
                        rs.getBigDecimal("degre")));
        Map<Long, List<Paiement>> paiements = enfants(
                h,
                "paiement",
                "facture_id",
                parFacture,
                domaineId,
                id,
                rs -> new Paiement(Colonnes.date(rs, "date"), rs.getBigDecimal("montant"), rs.getString("moyen")));
        return h.createQuery("select * from facture where domaine_id = :d" + filtre + " order by id")
                .bind("d", domaineId)
                .bind("id", id)
                .map((rs, ctx) -> {
                    BasePrix base = BasePrix.valueOf(rs.getString("base"));
                    List<LigneFacture> l = lignes.getOrDefault(rs.getLong("id"), List.of());
                    Optional<Artefact> document = rs.getBytes("document") == null
                            ? Optional.empty()
                            : Optional.of(new Artefact(
                                    rs.getString("document_nom"),
                                    rs.getString("document_type"),
                                    rs.getBytes("document")));
                    return new Facture(
                            rs.getLong("id"),
                            domaineId,
                            TypeFacture.valueOf(rs.getString("type")),
                            opt(rs, "numero"),
                            rs.getLong("client_id"),
                            Colonnes.optionalLong(rs, "commande_id"),
                            Colonnes.optionalLong(rs, "facture_origine_id"),
                            base,
                            Optional.ofNullable(Colonnes.date(rs, "date_emission")),
                            Colonnes.date(rs, "date_livraison"),
                            Colonnes.date(rs, "echeance"),
                            StatutFacture.valueOf(rs.getString("statut")),
                            l,
                            Totaux.calculer(l, base),
                            paiements.getOrDefault(rs.getLong("id"), List.of()),
                            document);
                })
                .list();
    }

    /** A row mapper that may throw, as JDBC's getters do. */
    private interface Ligne<T> {
        T lire(ResultSet rs) throws SQLException;
    }

    /** The child rows (lines, payments…) of one parent or of all, by parent id, in rank order. */
    private static <T> Map<Long, List<T>> enfants(
            Handle h, String table, String parent, String filtre, long domaineId, long id, Ligne<T> ligne) {
        Map<Long, List<T>> parParent = new HashMap<>();
        h.createQuery("select * from " + table + " where domaine_id = :d" + filtre + " order by " + parent + ", rang")
                .bind("d", domaineId)
                .bind("id", id)
                .map((rs, ctx) -> Map.entry(rs.getLong(parent), ligne.lire(rs)))
                .forEach(e -> parParent
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return parParent;
    }
}
