package fr.monchai.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' mail server: a real SMTP server (GreenMail) the test server sends to, whose
 * mailbox the tests read as a person reads theirs: the mail, its subject, its link.
 */
final class Courriels {

    private static GreenMail serveur;

    private Courriels() {}

    /** @return the SMTP server's URL, started on first use */
    static synchronized String smtp() {
        if (serveur == null) {
            serveur = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            serveur.start();
            Runtime.getRuntime().addShutdownHook(new Thread(serveur::stop));
        }
        return "smtp://127.0.0.1:" + serveur.getSmtp().getPort();
    }

    /** A mail as its reader sees it. */
    record Courriel(String destinataire, String sujet, String texte) {
        /** @return the secret of its link to that path ({@code /invitation}), which the page it opens reads */
        String jeton(String chemin) {
            Matcher m = Pattern.compile(Pattern.quote(chemin) + "\\?jeton=([A-Za-z0-9_%-]+)")
                    .matcher(texte);
            if (!m.find()) {
                throw new AssertionError("no link to " + chemin + " in: " + texte);
            }
            return m.group(1);
        }

        /** @return its link to that path, whole */
        String lien(String chemin) {
            Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(chemin) + "\\?jeton=[A-Za-z0-9_%-]+")
                    .matcher(texte);
            if (!m.find()) {
                throw new AssertionError("no link to " + chemin + " in: " + texte);
            }
            return m.group();
        }
    }

    /** @return every mail received for that address, oldest first */
    static List<Courriel> pour(String adresse) {
        smtp();
        List<Courriel> recus = new ArrayList<>();
        for (MimeMessage m : serveur.getReceivedMessages()) {
            try {
                for (var a : m.getRecipients(Message.RecipientType.TO)) {
                    if (a.toString().equalsIgnoreCase(adresse)) {
                        recus.add(new Courriel(
                                adresse,
                                m.getSubject(),
                                String.valueOf(m.getContent()).replace("\r\n", "\n")));
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return recus;
    }

    /**
     * Waits for the {@code n}th mail to that address (mails leave after the answer, on their own thread).
     *
     * @return it
     */
    static Courriel attendre(String adresse, int n) {
        long fin = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < fin) {
            List<Courriel> recus = pour(adresse);
            if (recus.size() >= n) {
                return recus.get(n - 1);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail n° " + n + " for " + adresse + " (received "
                + pour(adresse).size() + ")");
    }

    /** @return the newest mail to that address with a link to that path, waiting for one more than were there before */
    static Courriel dernier(String adresse, String chemin) {
        long fin = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < fin) {
            Optional<Courriel> c = pour(adresse).reversed().stream()
                    .filter(x -> x.texte().contains(chemin + "?jeton="))
                    .findFirst();
            if (c.isPresent()) {
                return c.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail with a link to " + chemin + " for " + adresse);
    }
}
