package fr.monchai.server.http;

import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Idempotence;
import fr.monchai.core.MonChai;
import fr.monchai.server.journal.Journal;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the router from the table of routes: every request gets a request id, security
 * headers and a JSON log line, then goes off the event loop through a chain of small steps —
 * {@link Authentification}, {@link GardeCsrf}, {@link GardeRoles}, {@link Rejeu} (idempotency
 * keys), {@link Erreurs} (the core's refusals as answers) — and its answer is written back.
 */
public final class Routeur {

    /** The session cookie. */
    public static final String COOKIE = "monchai_session";
    /** The header echoing the session's CSRF token on writes. */
    public static final String CSRF = "X-CSRF-Token";
    /** The header naming an idempotent POST. */
    public static final String IDEMPOTENCE = "Idempotency-Key";

    private static final Logger JOURNAL = Logger.getLogger("fr.monchai.server.http");

    private final MonChai chai;
    private final List<Route> routes;
    private final CompteService comptes;
    private final List<Etape> chaine;
    private final Rejeu rejeu;
    private final Erreurs erreurs;
    private final boolean cookiesSecurises;
    private final long tailleCorpsMax;
    private final Proxies proxies;
    private final PagesErreur pagesErreur;

    /** The scripts and styles a page may load: this server's own, nothing inline. */
    static final String POLITIQUE = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The browser features no page uses. */
    static final String PERMISSIONS =
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
                    + "payment=(), usb=(), interest-cohort=(), browsing-topics=()";
    /** The htmx served from its WebJar. */
    public static final String VERSION_HTMX = "2.0.10";

    /**
     * @param routes the API's routes
     * @param comptes the accounts
     * @param idempotence where the answers of idempotent creations are kept
     * @param cookiesSecurises whether cookies carry {@code Secure} (behind TLS)
     * @param tailleCorpsMax the largest body accepted, in bytes
     * @param proxies the reverse proxies whose {@code X-Forwarded-For} names the client
     * @param adressePublique the address people reach the server at, if set: the only origin a write may come from
     * @param pagesErreur renders the error pages of HTML routes (403, 404, 500)
     */
    public Routeur(
            MonChai chai,
            List<Route> routes,
            CompteService comptes,
            Idempotence idempotence,
            boolean cookiesSecurises,
            long tailleCorpsMax,
            Proxies proxies,
            java.util.Optional<java.net.URI> adressePublique,
            PagesErreur pagesErreur) {
        this.pagesErreur = pagesErreur;
        this.chai = chai;
        this.routes = List.copyOf(routes);
        this.comptes = comptes;
        // Each concern one step: who calls, then the CSRF token of a session's writes, then the route's roles;
        // then the idempotency key, around the handler whose refusals become answers.
        this.chaine = List.of(
                new GardeOrigine(adressePublique, pagesErreur),
                new Authentification(comptes),
                new GardeCsrf(pagesErreur),
                new GardeRoles(pagesErreur));
        this.rejeu = new Rejeu(idempotence);
        this.erreurs = new Erreurs(pagesErreur);
        this.cookiesSecurises = cookiesSecurises;
        this.tailleCorpsMax = tailleCorpsMax;
        this.proxies = proxies;
    }

    /** @return the routes */
    public List<Route> routes() {
        return routes;
    }

    /**
     * @param vertx the Vert.x instance
     * @param travail the worker pool that runs handlers
     * @return the router
     */
    public Router routeur(Vertx vertx, WorkerExecutor travail) {
        Router r = Router.router(vertx);
        r.route().handler(ctx -> {
            String id = Optional.ofNullable(ctx.request().getHeader("X-Request-Id"))
                    .filter(s -> s.matches("[A-Za-z0-9-]{1,64}"))
                    .orElse(UUID.randomUUID().toString());
            ctx.put("requestId", id);
            ctx.put("debut", System.nanoTime());
            ctx.response().putHeader("X-Request-Id", id);
            ctx.addEndHandler(fin -> journaliser(ctx));
            ctx.next();
        });
        r.route().handler(ctx -> {
            // Every answer: no sniffing, no framing, no referrer to other sites, a policy that allows only this
            // server's
            // own scripts and styles (the pages have no inline script or style), no device features, and behind TLS,
            // TLS only.
            ctx.response()
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Referrer-Policy", "same-origin")
                    .putHeader("Content-Security-Policy", POLITIQUE)
                    .putHeader("Permissions-Policy", PERMISSIONS)
                    .putHeader("Cross-Origin-Opener-Policy", "same-origin")
                    .putHeader("X-Frame-Options", "DENY");
            if (cookiesSecurises) {
                ctx.response().putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (!ctx.request().path().startsWith("/static/")
                    && !ctx.request().path().startsWith("/favicon.")) {
                // Nothing a person's session answered may stay in a cache: API JSON, PDFs, DRM files, pages, tokens.
                ctx.response().putHeader("Cache-Control", "no-store");
            }
            ctx.next();
        });
        // The versioned paths the pages use name their content: kept a year, never asked again. The plain ones stay for
        // old links.
        r.route(Actifs.PREFIXE + "/*").handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
                }
            });
            ctx.next();
        });
        StaticHandler htmx = StaticHandler.create("META-INF/resources/webjars/htmx.org/" + VERSION_HTMX + "/dist")
                .setCachingEnabled(true)
                .setMaxAgeSeconds(31_536_000);
        r.route(Actifs.PREFIXE + "/htmx/*").handler(htmx);
        r.route(Actifs.PREFIXE + "/*")
                .handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(31_536_000));
        r.route("/static/htmx/*")
                .handler(StaticHandler.create("META-INF/resources/webjars/htmx.org/" + VERSION_HTMX + "/dist")
                        .setCachingEnabled(true)
                        .setMaxAgeSeconds(3_600));
        r.route("/static/*")
                .handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(3_600));
        r.routeWithRegex(HttpMethod.GET, "/favicon\\.(ico|svg)").handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "public, max-age=86400");
            ctx.reroute("/static" + ctx.request().path());
        });
        r.route().handler(BodyHandler.create(false).setBodyLimit(tailleCorpsMax));
        for (Route route : routes) {
            r.route(HttpMethod.valueOf(route.methode()), route.chemin()).handler(ctx -> traiter(ctx, route, travail));
        }
        r.route().last().handler(ctx -> {
            if (estPage(ctx.request().path())) {
                html(
                        ctx,
                        404,
                        pagesErreur.page(
                                404, "Page introuvable", "Cette adresse ne mène à aucune page de Mon Chai.", null));
            } else {
                envoyer(
                        ctx,
                        404,
                        Problemes.probleme(
                                404,
                                "Introuvable",
                                "aucune route " + ctx.request().method() + " "
                                        + ctx.request().path()));
            }
        });
        r.errorHandler(
                413,
                ctx -> envoyer(
                        ctx,
                        413,
                        Problemes.probleme(413, "Corps trop grand", "le corps dépasse " + tailleCorpsMax + " octets")));
        r.errorHandler(400, ctx -> {
            // What the HTTP layer refused before any route (a form whose %-escapes are broken, say).
            if (estPage(ctx.request().path())) {
                html(
                        ctx,
                        400,
                        pagesErreur.page(
                                400,
                                "Requête illisible",
                                "Ce que la page a envoyé n'a pas pu être lu. Rechargez la page "
                                        + "et recommencez : rien n'a été enregistré.",
                                null));
            } else {
                envoyer(ctx, 400, Problemes.probleme(400, "Requête mal formée", "la requête n'a pas pu être lue"));
            }
        });
        r.errorHandler(405, ctx -> {
            if (estPage(ctx.request().path())) {
                // A form's address opened as a page (a reload after a refused form, without JavaScript).
                html(
                        ctx,
                        405,
                        pagesErreur.page(
                                405,
                                "Cette adresse reçoit un formulaire",
                                "Elle ne s'ouvre pas comme une page : "
                                        + "revenez en arrière pour retrouver le formulaire, ou repartez du tableau de bord.",
                                null));
            } else {
                envoyer(
                        ctx,
                        405,
                        Problemes.probleme(
                                405,
                                "Méthode non permise",
                                ctx.request().method() + " n'existe pas sur "
                                        + ctx.request().path()));
            }
        });
        r.errorHandler(
                500,
                ctx -> envoyer(
                        ctx,
                        500,
                        Problemes.probleme(
                                500, "Erreur interne", "l'erreur est journalisée sous " + ctx.get("requestId"))));
        return r;
    }

    /**
     * Answers a request the HTTP decoder refused (a request line or headers too long, a
     * malformed request) with a problem document, as every other error, then closes.
     *
     * @param requete the refused request
     */
    public static void requeteInvalide(io.vertx.core.http.HttpServerRequest requete) {
        Throwable cause = requete.decoderResult().cause();
        int statut;
        String titre;
        String detail;
        String nature = cause == null ? "" : cause.getClass().getSimpleName();
        if (nature.equals("TooLongHttpLineException") || nature.equals("TooLongUriException")) {
            statut = 414;
            titre = "Adresse trop longue";
            detail = "la ligne de requête dépasse la longueur permise";
        } else if (nature.equals("TooLongHttpHeaderException")
                || cause instanceof io.netty.handler.codec.TooLongFrameException) {
            statut = 431;
            titre = "En-têtes trop grands";
            detail = "les en-têtes de la requête dépassent la taille permise";
        } else {
            statut = 400;
            titre = "Requête mal formée";
            detail = "la requête HTTP n'a pas pu être lue";
        }
        try {
            requete.response()
                    .setStatusCode(statut)
                    .putHeader("Content-Type", Problemes.TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.MAPPER.writeValueAsString(Problemes.probleme(statut, titre, detail)))
                    .onComplete(x -> requete.connection().close());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            requete.connection().close();
        }
    }

    /**
     * A field of a posted form, read from the body itself (as the page's handler reads it), so that
     * an HTTP/1.1 form and an HTTP/2 one are read alike.
     */
    private static String champ(byte[] corps, String nom) {
        for (String paire : new String(corps, java.nio.charset.StandardCharsets.UTF_8).split("&", -1)) {
            int i = paire.indexOf('=');
            if (i > 0 && paire.substring(0, i).equals(nom)) {
                try {
                    return java.net.URLDecoder.decode(paire.substring(i + 1), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean estJson(String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(java.util.Locale.ROOT).split(";", -1)[0].strip();
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    /** Whether a path is a page (HTML) rather than the API's (JSON). */
    private static boolean estPage(String chemin) {
        return !chemin.startsWith("/api/") && !chemin.equals("/healthz");
    }

    private static void html(RoutingContext ctx, int statut, String page) {
        if (!ctx.response().ended()) {
            ctx.response()
                    .setStatusCode(statut)
                    .putHeader("Content-Type", "text/html; charset=utf-8")
                    .end(page);
        }
    }

    private void traiter(RoutingContext ctx, Route route, WorkerExecutor travail) {
        if (route.page()) {
            ctx.response().putHeader("Vary", "HX-Request");
        }
        if (route.entree() != Void.class && !estJson(ctx.request().getHeader("Content-Type"))) {
            envoyer(
                    ctx,
                    415,
                    Problemes.probleme(
                            415,
                            "Type de contenu non pris en charge",
                            "le corps de " + route.methode() + " " + route.chemin() + " s'envoie en application/json"));
            return;
        }
        byte[] corps = ctx.body() == null || ctx.body().buffer() == null
                ? new byte[0]
                : ctx.body().buffer().getBytes();
        Map<String, String> query = new HashMap<>();
        ctx.queryParams().forEach(e -> query.putIfAbsent(e.getKey(), e.getValue()));
        Optional<String> cookie =
                Optional.ofNullable(ctx.request().getCookie(COOKIE)).map(Cookie::getValue);
        Optional<String> bearer = Optional.ofNullable(ctx.request().getHeader("Authorization"))
                .filter(a -> a.startsWith("Bearer "))
                .map(a -> a.substring(7).strip());
        String csrfRecu =
                Optional.ofNullable(ctx.request().getHeader(CSRF)).orElse(route.page() ? champ(corps, "_csrf") : null);
        String cle = ctx.request().getHeader(IDEMPOTENCE);
        String client = client(ctx);
        Map<String, String> entetes = new HashMap<>();
        for (String nom :
                List.of("HX-Request", "HX-Boosted", "HX-History-Restore-Request", "Origin", "Sec-Fetch-Site")) {
            entetes.put(nom, Optional.ofNullable(ctx.request().getHeader(nom)).orElse(""));
        }
        // HTTP/1.1's Host, or HTTP/2's :authority: the name and port the client used for this server.
        entetes.put(
                "Host",
                ctx.request().authority() == null
                        ? ""
                        : ctx.request().authority().toString());
        Appel appel = new Appel(
                route,
                corps,
                Map.copyOf(ctx.pathParams()),
                Map.copyOf(query),
                cookie,
                bearer,
                csrfRecu,
                cle,
                client,
                Map.copyOf(entetes));
        travail.<Reponse>executeBlocking(
                        () -> {
                            for (Etape etape : chaine) {
                                Optional<Reponse> arret = etape.passer(appel);
                                if (arret.isPresent()) {
                                    return arret.get();
                                }
                            }
                            Requete requete = appel.requete(chai);
                            Reponse reponse = rejeu.executer(appel, () -> erreurs.executer(appel, requete));
                            appel.utilisateur.ifPresent(u -> {
                                ctx.put("utilisateur", u.id());
                                ctx.put("domaine", u.domaineId());
                            });
                            if (reponse instanceof Reponse.Deconnexion) {
                                cookie.ifPresent(comptes::deconnecter);
                            }
                            return reponse;
                        },
                        false)
                .onComplete(res -> {
                    if (res.failed()) {
                        JOURNAL.log(Level.SEVERE, "request " + ctx.get("requestId") + " failed", res.cause());
                        if (route.page()) {
                            html(
                                    ctx,
                                    500,
                                    pagesErreur.page(
                                            500,
                                            "Une erreur est survenue",
                                            "Nous sommes désolés : l'opération n'a pas abouti et "
                                                    + "rien n'a été enregistré. Si cela se reproduit, donnez ce numéro au support : "
                                                    + ctx.get("requestId"),
                                            null));
                            return;
                        }
                        envoyer(
                                ctx,
                                500,
                                Problemes.probleme(
                                        500,
                                        "Erreur interne",
                                        "l'erreur est journalisée sous " + ctx.get("requestId")));
                        return;
                    }
                    repondre(ctx, res.result());
                });
    }

    private void repondre(RoutingContext ctx, Reponse rep) {
        switch (rep) {
            case Reponse.Json j -> envoyer(ctx, j.statut(), j.corps());
            case Reponse.Html h -> {
                if (h.statut() >= 400 && "POST".equals(ctx.request().method().name())) {
                    // A refused form shown again stays at the form's own address: Back and reload never land on the
                    // address it was posted to, which has no page of its own.
                    ctx.response().putHeader("HX-Push-Url", "false");
                }
                html(ctx, h.statut(), h.html());
            }
            case Reponse.Fichier f -> {
                ctx.response().putHeader("Content-Disposition", "attachment; filename=\"" + f.nom() + "\"");
                ctx.response()
                        .setStatusCode(200)
                        .putHeader("Content-Type", f.type())
                        .end(Buffer.buffer(f.octets()));
            }
            // htmx follows a 303 itself and pushes the final address; a plain browser does the same.
            case Reponse.Redirection r -> aller(ctx, r.url());
            case Reponse.Vide v -> envoyer(ctx, 204, null);
            case Reponse.Attendre a -> {
                ctx.response().putHeader("Retry-After", Long.toString(a.secondes()));
                envoyer(ctx, 429, a.probleme());
            }
            case Reponse.Connexion c -> {
                ctx.response()
                        .addCookie(Cookie.cookie(COOKIE, c.cookie())
                                .setHttpOnly(true)
                                .setSecure(cookiesSecurises)
                                .setSameSite(CookieSameSite.STRICT)
                                .setPath("/")
                                .setMaxAge(c.dureeSecondes()));
                repondre(ctx, c.suite());
            }
            case Reponse.Deconnexion d -> {
                ctx.response()
                        .addCookie(Cookie.cookie(COOKIE, "")
                                .setPath("/")
                                .setMaxAge(0)
                                .setHttpOnly(true));
                d.suite().ifPresentOrElse(page -> aller(ctx, page), () -> envoyer(ctx, 204, null));
            }
            case Reponse.Rejouee rejouee -> {
                ctx.response().putHeader("Idempotent-Replayed", "true");
                ctx.response()
                        .setStatusCode(rejouee.statut())
                        .putHeader("Content-Type", rejouee.statut() >= 400 ? Problemes.TYPE : "application/json")
                        .end(rejouee.json());
            }
        }
    }

    private static void aller(RoutingContext ctx, String url) {
        ctx.response().setStatusCode(303).putHeader("Location", url).end();
    }

    /** The caller's IP address: the peer's, or from a trusted proxy the client it names ({@link Proxies}). */
    private String client(RoutingContext ctx) {
        String pair = ctx.request().remoteAddress() == null
                ? ""
                : ctx.request().remoteAddress().hostAddress();
        return proxies.client(pair, ctx.request().getHeader("X-Forwarded-For"));
    }

    private static void envoyer(RoutingContext ctx, int statut, Object corps) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(statut);
        if (corps == null) {
            ctx.response().end();
            return;
        }
        if (corps instanceof Secret secret) {
            envoyer(ctx, statut, secret.corps());
            return;
        }
        try {
            ctx.response()
                    .putHeader("Content-Type", statut >= 400 ? Problemes.TYPE : "application/json")
                    .end(Json.MAPPER.writeValueAsString(corps));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JOURNAL.log(Level.SEVERE, "cannot write the response of " + ctx.get("requestId"), e);
            ctx.response().setStatusCode(500).end();
        }
    }

    /**
     * One JSON line per request: id, method, path, status, duration, client, user and domaine;
     * never a query string (links carry secrets there), a body, a cookie or a password.
     */
    private void journaliser(RoutingContext ctx) {
        long debut = ctx.get("debut");
        Map<String, Object> champs = new java.util.LinkedHashMap<>();
        champs.put("request_id", ctx.get("requestId"));
        champs.put("method", ctx.request().method().name());
        champs.put("path", ctx.request().path());
        champs.put("status", ctx.response().getStatusCode());
        champs.put("ms", (System.nanoTime() - debut) / 1_000_000);
        champs.put("client", client(ctx));
        if (ctx.get("utilisateur") != null) {
            champs.put("user", ctx.get("utilisateur"));
            champs.put("domaine", ctx.get("domaine"));
        }
        Journal.requete(champs);
    }
}
