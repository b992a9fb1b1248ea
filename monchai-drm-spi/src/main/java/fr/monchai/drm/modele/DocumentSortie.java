package fr.monchai.drm.modele;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The accompanying document of one of the month's exits.
 *
 * @param type a DAE (under bond) or a DSA (duty-paid, in France)
 * @param numero its number (a DAE's ARC, a DSA's form number)
 * @param dateExpedition the day the wine left
 * @param pays the destination country, if known
 * @param acciseDestinataire the consignee's excise number, for a bonded warehouse in France or the EU
 * @param apurement the day a DAE was discharged (the consignee's receipt came back); empty while it is not, and for
 *     a DSA, which is never discharged
 * @param destinataire the consignee's name, when the register knows it (the buyer of a sale to another bonded
 *     warehouse outside an interprofession contract); customs identify a consignee by its excise number
 */
public record DocumentSortie(
        TypeDocument type,
        String numero,
        LocalDate dateExpedition,
        Optional<String> pays,
        Optional<String> acciseDestinataire,
        Optional<LocalDate> apurement,
        Optional<String> destinataire) {

    /**
     * A document whose consignee is known by its excise number only.
     *
     * @param type a DAE or a DSA
     * @param numero its number
     * @param dateExpedition the day the wine left
     * @param pays the destination country, if known
     * @param acciseDestinataire the consignee's excise number
     * @param apurement the day a DAE was discharged
     */
    public DocumentSortie(
            TypeDocument type,
            String numero,
            LocalDate dateExpedition,
            Optional<String> pays,
            Optional<String> acciseDestinataire,
            Optional<LocalDate> apurement) {
        this(type, numero, dateExpedition, pays, acciseDestinataire, apurement, Optional.empty());
    }

    /**
     * {@return whether it belongs on the relevé de non-apurement of a month ending that day: a DAE
     * whose discharge had not come back by then}
     *
     * @param finDuMois the month's last day
     */
    public boolean nonApureAu(LocalDate finDuMois) {
        return type == TypeDocument.DAE
                && apurement.filter(a -> !a.isAfter(finDuMois)).isEmpty();
    }
}
