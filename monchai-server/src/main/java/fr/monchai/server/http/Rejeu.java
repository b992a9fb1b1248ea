package fr.monchai.server.http;

import fr.monchai.comptes.Idempotence;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a creation once per {@code Idempotency-Key} of a member: a retry with the same key and
 * body gets the first answer; another body, a conflict. Another member's same key is another
 * request. An answer carrying a secret (a {@link Secret}: a new API token) is never kept: its
 * retry is refused with 409, saying the secret was shown once. Requests with one key run one at
 * a time on this instance, so a retry sent while the first is still running waits for its answer.
 */
final class Rejeu {

    private final Idempotence idempotence;
    private final ConcurrentHashMap<String, Object> enCours = new ConcurrentHashMap<>();

    Rejeu(Idempotence idempotence) {
        this.idempotence = idempotence;
    }

    /**
     * @param a the request
     * @param suite the handler, run when the key is new (or absent)
     * @return its answer, or the first answer of that key
     */
    Reponse executer(Appel a, Callable<Reponse> suite) throws Exception {
        if (!a.route.creation() || a.cleIdempotence == null || a.utilisateur.isEmpty()) {
            return suite.call();
        }
        long domaineId = a.utilisateur.get().domaineId();
        String verrou = domaineId + ":" + a.utilisateur.get().id() + ":" + a.cleIdempotence;
        Object moniteur = enCours.computeIfAbsent(verrou, k -> new Object());
        try {
            synchronized (moniteur) {
                return une(a, domaineId, suite);
            }
        } finally {
            enCours.remove(verrou, moniteur);
        }
    }

    private Reponse une(Appel a, long domaineId, Callable<Reponse> suite) throws Exception {
        String cle = a.cleIdempotence;
        if (cle.isBlank() || cle.length() > 200) {
            return Reponse.json(
                    422,
                    Problemes.probleme(422, "Clé d'idempotence invalide", "la clé doit compter de 1 à 200 caractères"));
        }
        String empreinte = a.route.methode() + " " + a.route.chemin() + " "
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(a.corps));
        long utilisateurId = a.utilisateur.orElseThrow().id();
        Optional<Idempotence.Reponse> connue = idempotence.trouver(domaineId, utilisateurId, cle);
        if (connue.isPresent()) {
            Idempotence.Reponse r = connue.get();
            if (!r.empreinte().equals(empreinte)) {
                return Reponse.json(
                        409,
                        Problemes.probleme(
                                409, "Clé d'idempotence déjà utilisée", "cette clé a servi pour une autre requête"));
            }
            return new Reponse.Rejouee(r.statut(), r.corps());
        }
        Reponse rep = suite.call();
        if (rep.statut() >= 200 && rep.statut() < 300) {
            Object corps = rep instanceof Reponse.Json j ? j.corps() : null;
            Idempotence.Reponse gardee = corps instanceof Secret
                    ? new Idempotence.Reponse(
                            empreinte,
                            409,
                            Json.MAPPER.writeValueAsString(Problemes.probleme(
                                    409,
                                    "Secret déjà montré",
                                    "cette requête a créé un secret montré une seule fois : il n'est pas renvoyé ; révoquez-le au besoin et "
                                            + "créez-en un autre avec une nouvelle clé")))
                    : new Idempotence.Reponse(empreinte, rep.statut(), Json.MAPPER.writeValueAsString(corps));
            idempotence.enregistrer(domaineId, utilisateurId, cle, gardee);
        }
        return rep;
    }
}
