package fr.monchai.drm.modele;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accompanying document of the month's exits (a DAE, a DSA).
 *
 * @param numero its number
 * @param dateExpedition the day the wine left
 * @param pays the destination country, if known
 */
public record DocumentSortie(String numero, LocalDate dateExpedition, Optional<String> pays) {}
