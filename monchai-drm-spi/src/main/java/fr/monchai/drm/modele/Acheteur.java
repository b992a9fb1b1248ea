package fr.monchai.drm.modele;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The buyer of a sale to another bonded warehouse outside an interprofession contract, as the
 * portals ask for it (the 24ème format's last three columns).
 *
 * @param nom the buyer's name
 * @param numeroAccise the buyer's excise number, when the wine left under a DAE
 * @param prixHl the price per hectolitre excluding VAT, in euros
 */
public record Acheteur(String nom, Optional<String> numeroAccise, BigDecimal prixHl) {}
