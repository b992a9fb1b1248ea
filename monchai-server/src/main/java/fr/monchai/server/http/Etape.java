package fr.monchai.server.http;

import java.util.Optional;

/** One concern of the chain a request goes through before its handler: it lets the request on, or answers. */
@FunctionalInterface
interface Etape {

    /**
     * @param appel the request
     * @return an answer that ends the request here, or empty to go on
     */
    Optional<Reponse> passer(Appel appel);
}
