package fr.monchai.server.courrier;

import fr.monchai.comptes.Courriel;
import fr.monchai.comptes.Expediteur;
import fr.monchai.server.journal.Journal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server with no SMTP server (a local run): each mail goes to the outbox table and to the
 * log, link first, so that whoever runs it can follow the link. Only for a machine of one's
 * own: the links are secrets (the server says so when it starts).
 */
public final class BoiteEnvoiJournalisee implements Expediteur {

    private static final Pattern LIEN = Pattern.compile("https?://\\S+");

    private final Expediteur boite;

    /** @param boite the outbox of the database */
    public BoiteEnvoiJournalisee(Expediteur boite) {
        this.boite = boite;
    }

    @Override
    public void envoyer(Courriel c) {
        boite.envoyer(c);
        Map<String, Object> champs = new LinkedHashMap<>();
        champs.put("to", c.destinataire());
        champs.put("subject", c.sujet());
        Matcher m = LIEN.matcher(c.texte());
        if (m.find()) {
            champs.put("link", m.group());
        }
        champs.put("text", c.texte());
        Journal.evenement("courriel_boite_envoi", champs);
    }
}
