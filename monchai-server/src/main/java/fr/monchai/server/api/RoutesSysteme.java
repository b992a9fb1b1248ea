package fr.monchai.server.api;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.compte.Adhesion;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Session;
import fr.monchai.core.compte.Utilisateur;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.PageJournal;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/** The OpenAPI document of every route, and the health check. */
final class RoutesSysteme implements Ressource {

    /** What {@code /healthz} answers. */
    record Sante(String status, String db, String version) {}

    private final Supplier<Boolean> baseEnVie;

    RoutesSysteme(Supplier<Boolean> baseEnVie) {
        this.baseEnVie = baseEnVie;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.ajouter(new Route("GET", "/api/openapi.json", Role.PUBLIC, false, "Ce document OpenAPI 3.1", Void.class, Map.class,
                r -> Reponse.ok(OpenApi.document(t.routes()))));
        t.ajouter(new Route("GET", "/healthz", Role.PUBLIC, false, "État du serveur et de sa base", Void.class, Sante.class, r -> {
            boolean db = baseEnVie.get();
            return new Reponse(db ? 200 : 503, new Sante(db ? "ok" : "degraded", db ? "ok" : "down", version()),
                    "application/json", null);
        }));
    }

    private static String version() {
        String v = RoutesSysteme.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
