package fr.monchai.server.courrier;

import fr.monchai.comptes.Courriel;
import fr.monchai.comptes.Expediteur;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends mail through an SMTP server named by a URL: {@code smtp://user:password@host:587}
 * (STARTTLS when the server offers it; {@code ?starttls=required} to insist) or {@code
 * smtps://user:password@host:465} (TLS from the start). Timeouts of ten seconds.
 */
public final class ExpediteurSmtp implements Expediteur {

    private final jakarta.mail.Session session;
    private final InternetAddress de;

    /**
     * @param url the server, as above
     * @param expediteur the sender, such as {@code Mon Chai <ne-pas-repondre@monchai.fr>}
     * @throws IllegalArgumentException when the URL or the sender cannot be read (never repeating the password)
     */
    public ExpediteurSmtp(URI url, String expediteur) {
        String schema = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!schema.equals("smtp") && !schema.equals("smtps")) {
            throw new IllegalArgumentException("SMTP_URL must start with smtp:// or smtps://");
        }
        boolean tls = schema.equals("smtps");
        String p = tls ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put("mail.transport.protocol", schema);
        props.put(p + "host", url.getHost());
        props.put(p + "port", Integer.toString(url.getPort() > 0 ? url.getPort() : tls ? 465 : 587));
        props.put(p + "connectiontimeout", "10000");
        props.put(p + "timeout", "10000");
        props.put(p + "writetimeout", "10000");
        String query = url.getRawQuery() == null ? "" : url.getRawQuery();
        if (!tls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", Boolean.toString(query.contains("starttls=required")));
        } else {
            props.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (url.getRawUserInfo() != null) {
            String[] info = url.getRawUserInfo().split(":", 2);
            String utilisateur = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
            String motDePasse = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : "";
            props.put(p + "auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(utilisateur, motDePasse);
                }
            };
        }
        this.session = jakarta.mail.Session.getInstance(props, auth);
        try {
            this.de = new InternetAddress(expediteur, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("MONCHAI_MAIL_FROM is not an address: " + expediteur, e);
        }
    }

    @Override
    @SuppressWarnings("JavaUtilDate") // Jakarta Mail's sent date is a java.util.Date
    public void envoyer(Courriel c) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(de);
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(c.destinataire(), true));
            m.setSubject(c.sujet(), "UTF-8");
            m.setText(c.texte(), "UTF-8");
            m.setSentDate(new Date());
            m.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(m);
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "the SMTP server did not take the mail: " + e.getClass().getSimpleName(), e);
        }
    }
}
