package fr.monchai.server.courrier;

import fr.monchai.comptes.Avis;
import fr.monchai.comptes.Courriel;
import fr.monchai.comptes.Expediteur;
import fr.monchai.comptes.Role;
import fr.monchai.server.journal.Journal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The accounts' messages as mails, in French: short, plain, the estate's name and one link.
 * They leave after the request that asked for them has answered, on a thread of their own: a
 * sign-up or a reset takes the same time whether a mail goes out or not, and a slow SMTP
 * server slows nobody. A mail that cannot be handed over is logged (never its link).
 */
public final class AvisParCourriel implements Avis, AutoCloseable {

    private final Expediteur expediteur;
    private final Supplier<String> adresse;
    private final ExecutorService envois = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "monchai-courrier");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param expediteur the SMTP server, or the outbox
     * @param adresse the server's public address, for the links ({@code https://monchai.example.fr}), read when a mail is made
     */
    public AvisParCourriel(Expediteur expediteur, Supplier<String> adresse) {
        this.expediteur = expediteur;
        this.adresse = adresse;
    }

    @Override
    public void confirmerInscription(String email, String domaine, String jeton, boolean compteExistant) {
        String lien = lien("/inscription/confirmer", jeton);
        String texte = compteExistant
                ? "Bonjour,\n\nVous avez demandé à créer le domaine « " + domaine
                        + " » dans Mon Chai avec cette adresse, qui a déjà "
                        + "un compte. Pour le créer, ouvrez ce lien (valable 48 heures) :\n\n" + lien + "\n\n"
                        + "Votre mot de passe reste celui de votre compte. Si vous n'avez rien demandé, ignorez ce message : rien ne sera créé.\n"
                : "Bonjour,\n\nPour créer le domaine « " + domaine
                        + " » dans Mon Chai, confirmez votre adresse en ouvrant ce lien "
                        + "(valable 48 heures) :\n\n" + lien + "\n\n"
                        + "Si vous n'avez rien demandé, ignorez ce message : rien ne sera créé.\n";
        envoyer(new Courriel(email, "Confirmez la création de « " + domaine + " »", texte + SIGNATURE));
    }

    @Override
    public void inviter(String email, String domaine, String invitant, Role role, String jeton) {
        String lien = lien("/invitation", jeton);
        envoyer(new Courriel(
                email,
                invitant + " vous invite dans « " + domaine + " »",
                "Bonjour,\n\n" + invitant + " vous invite à rejoindre le domaine « " + domaine
                        + " » dans Mon Chai, avec le rôle "
                        + role.libelle() + ". Pour accepter, ouvrez ce lien (valable 7 jours) :\n\n" + lien + "\n\n"
                        + "Sans compte Mon Chai, vous y choisirez votre mot de passe. Si vous ne connaissez pas ce domaine, "
                        + "ignorez ce message : vous n'y serez pas ajouté.\n" + SIGNATURE));
    }

    @Override
    public void reinitialiser(String email, String jeton, boolean verification) {
        String lien = lien("/reinitialisation", jeton);
        envoyer(
                verification
                        ? new Courriel(
                                email,
                                "Confirmez votre adresse",
                                "Bonjour,\n\nMon Chai confirme désormais l'adresse de chaque compte. "
                                        + "Pour confirmer la vôtre, ouvrez ce lien (valable une heure) et choisissez votre mot de passe :\n\n"
                                        + lien + "\n\n"
                                        + "Si vous n'avez pas essayé de vous connecter, ignorez ce message.\n"
                                        + SIGNATURE)
                        : new Courriel(
                                email,
                                "Votre nouveau mot de passe",
                                "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien "
                                        + "(valable une heure) :\n\n" + lien + "\n\n"
                                        + "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n"
                                        + SIGNATURE));
    }

    @Override
    public void motDePasseChange(String email) {
        envoyer(new Courriel(
                email,
                "Votre mot de passe a changé",
                "Bonjour,\n\nLe mot de passe de votre compte Mon Chai vient de "
                        + "changer, et vos autres sessions sont fermées. Si ce n'est pas vous, demandez un nouveau mot de passe sans attendre : "
                        + adresse.get() + "/mot-de-passe-oublie\n" + SIGNATURE));
    }

    private static final String SIGNATURE = "\n-- \nMon Chai, le registre de cave du domaine\n";

    private String lien(String chemin, String jeton) {
        return adresse.get() + chemin + "?jeton=" + URLEncoder.encode(jeton, StandardCharsets.UTF_8);
    }

    private void envoyer(Courriel c) {
        envois.execute(() -> {
            try {
                expediteur.envoyer(c);
            } catch (RuntimeException e) {
                Journal.evenement("courriel_non_envoye", Map.of("cause", String.valueOf(e.getMessage())));
            }
        });
    }

    /** Lets the mails in hand leave (ten seconds at most), then stops. */
    @Override
    public void close() {
        envois.shutdown();
        try {
            envois.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
