package fr.monchai.server;

import fr.monchai.server.http.Routeur;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;

/** The HTTP verticle: the API's router on the configured port; blocking work on a pool sized like the database's. */
public final class ServeurHttp extends VerticleBase {

    private final Routeur api;
    private final String ecoute;
    private final int port;
    private final AdressePublique adresse;
    private final int travailleurs;
    private WorkerExecutor travail;
    private HttpServer serveur;

    /**
     * @param api the API
     * @param ecoute the address to listen on ({@code 0.0.0.0}: every interface)
     * @param port the port (0 for a free one)
     * @param travailleurs the worker pool size (the connection pool's)
     * @param adresse told the port bound, for the links of the mails when no public address is set
     */
    public ServeurHttp(Routeur api, String ecoute, int port, int travailleurs, AdressePublique adresse) {
        this.api = api;
        this.ecoute = ecoute;
        this.port = port;
        this.travailleurs = travailleurs;
        this.adresse = adresse;
    }

    @Override
    public Future<?> start() {
        travail = vertx.createSharedWorkerExecutor("monchai-travail", travailleurs);
        // Pages, styles and JSON travel compressed (gzip, as the client accepts): a cellar's signal is weak.
        serveur = vertx.createHttpServer(new io.vertx.core.http.HttpServerOptions().setCompressionSupported(true))
                .requestHandler(api.routeur(vertx, travail))
                .invalidRequestHandler(Routeur::requeteInvalide);
        return serveur.listen(port, ecoute).onSuccess(s -> adresse.ecoute(s.actualPort()));
    }

    @Override
    public Future<?> stop() {
        // In-flight requests finish: the server stops accepting, then the workers drain.
        return serveur.shutdown().andThen(x -> travail.close());
    }

    /** @return the port actually bound */
    public int port() {
        return serveur.actualPort();
    }
}
