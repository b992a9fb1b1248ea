package fr.monchai.drm.modele;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A DAE of the month's exits under bond not discharged by the month's end: the relevé de
 * non-apurement the declaration carries.
 *
 * @param numero its number (the ARC)
 * @param dateExpedition the day the wine left
 * @param pays the destination country, if known
 * @param acciseDestinataire the consignee's excise number, for a bonded warehouse in France or the EU
 */
public record DocumentSortie(String numero, LocalDate dateExpedition, Optional<String> pays, Optional<String> acciseDestinataire) {}
