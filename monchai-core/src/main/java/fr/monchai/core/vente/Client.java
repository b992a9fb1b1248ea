package fr.monchai.core.vente;

import java.util.Optional;

/**
 * A customer of the domaine.
 *
 * @param id its id (0 before it is stored)
 * @param domaineId its domaine
 * @param type consumer or business
 * @param nom its name
 * @param adresseFacturation the billing address
 * @param adresseLivraison the delivery address, when different
 * @param siren its SIREN (9 digits), for a French business
 * @param siret its SIRET (14 digits)
 * @param numeroTva its intra-EU VAT number
 * @param adresseElectronique its e-invoicing address
 * @param email where to send documents
 */
public record Client(
        long id,
        long domaineId,
        TypeClient type,
        String nom,
        Adresse adresseFacturation,
        Optional<Adresse> adresseLivraison,
        Optional<String> siren,
        Optional<String> siret,
        Optional<String> numeroTva,
        Optional<String> adresseElectronique,
        Optional<String> email) {

    /**
     * {@return this client with that id}
     *
     * @param id the id the store gave it
     */
    public Client avecId(long id) {
        return new Client(
                id,
                domaineId,
                type,
                nom,
                adresseFacturation,
                adresseLivraison,
                siren,
                siret,
                numeroTva,
                adresseElectronique,
                email);
    }
}
