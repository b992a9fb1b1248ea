/**
 * The Mon Chai SaaS server: {@link fr.monchai.server.Main} builds one Guice injector ({@link
 * fr.monchai.server.ModuleServeur}) and deploys the HTTP verticle; the API's routes, accounts
 * and roles are in {@code api} and {@code comptes}.
 */
package fr.monchai.server;
