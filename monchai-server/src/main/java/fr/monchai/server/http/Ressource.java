package fr.monchai.server.http;

/**
 * One resource of the API (and, later, its pages): it declares its routes in the one table.
 * A contributor adds a route in the resource's class; the router, the OpenAPI document and
 * the role tests read the table.
 */
public interface Ressource {

    /** @param table where to declare this resource's routes */
    void declarer(TableRoutes table);
}
