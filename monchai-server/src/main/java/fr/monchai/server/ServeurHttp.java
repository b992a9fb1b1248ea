package fr.monchai.server;

import fr.monchai.server.api.Api;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;

/** The HTTP verticle: the API's router on the configured port; blocking work on a pool sized like the database's. */
public final class ServeurHttp extends VerticleBase {

    private final Api api;
    private final int port;
    private final int travailleurs;
    private WorkerExecutor travail;
    private HttpServer serveur;

    /**
     * @param api the API
     * @param port the port (0 for a free one)
     * @param travailleurs the worker pool size (the connection pool's)
     */
    public ServeurHttp(Api api, int port, int travailleurs) {
        this.api = api;
        this.port = port;
        this.travailleurs = travailleurs;
    }

    @Override
    public Future<?> start() {
        travail = vertx.createSharedWorkerExecutor("monchai-travail", travailleurs);
        serveur = vertx.createHttpServer().requestHandler(api.routeur(vertx, travail)).invalidRequestHandler(Api::requeteInvalide);
        return serveur.listen(port);
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
