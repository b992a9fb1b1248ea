/**
 * The Mon Chai SaaS server: Vert.x Web REST API and Guice wiring. Not built yet.
 */
package fr.monchai.server;
