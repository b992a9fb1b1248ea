package fr.monchai.server.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the server believes, and who the client is.
 * Only a request that comes from a listed proxy has its client read from that header: the
 * last address it lists that is not itself a listed proxy (earlier ones the client may have
 * written). From anyone else the header is ignored, so a client cannot choose its own address
 * (and escape the slowing of failed log-ins).
 */
public final class Proxies {

    private record Bloc(BigInteger reseau, BigInteger masque, int octets) {
        boolean contient(InetAddress a) {
            byte[] b = a.getAddress();
            return b.length == octets && new BigInteger(1, b).and(masque).equals(reseau);
        }
    }

    private final List<Bloc> blocs;

    private Proxies(List<Bloc> blocs) {
        this.blocs = List.copyOf(blocs);
    }

    /**
     * @param liste addresses or CIDR blocks, comma-separated ({@code 10.0.0.2,192.168.0.0/24,::1}); blank for none
     * @return the proxies
     * @throws IllegalArgumentException naming {@code MONCHAI_TRUSTED_PROXIES} when an entry is not an address or a block
     */
    public static Proxies depuis(String liste) {
        List<Bloc> blocs = new ArrayList<>();
        for (String entree : liste.split(",", -1)) {
            String e = entree.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parties = e.split("/", 2);
            InetAddress adresse = litterale(parties[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "MONCHAI_TRUSTED_PROXIES: « " + e + " » is not an IP address or a CIDR block"));
            int bits = adresse.getAddress().length * 8;
            int prefixe;
            try {
                prefixe = parties.length == 2 ? Integer.parseInt(parties[1]) : bits;
            } catch (NumberFormatException x) {
                prefixe = -1;
            }
            if (prefixe < 0 || prefixe > bits) {
                throw new IllegalArgumentException("MONCHAI_TRUSTED_PROXIES: « " + e + " » has a wrong prefix length");
            }
            BigInteger masque = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefixe).subtract(BigInteger.ONE));
            blocs.add(new Bloc(new BigInteger(1, adresse.getAddress()).and(masque), masque, bits / 8));
        }
        return new Proxies(blocs);
    }

    /** {@return whether no proxy is trusted} */
    public boolean aucun() {
        return blocs.isEmpty();
    }

    /**
     * @param pair the address the request came from
     * @param transmis its {@code X-Forwarded-For} header, if any
     * @return the client's address
     */
    public String client(String pair, String transmis) {
        if (!fiable(pair) || transmis == null || transmis.isBlank()) {
            return pair;
        }
        String[] chaine = transmis.split(",", -1);
        String client = pair;
        for (int i = chaine.length - 1; i >= 0; i--) {
            String adresse = chaine[i].strip();
            Optional<InetAddress> lue = litterale(adresse);
            if (lue.isEmpty()) {
                return client; // not an address: what lies beyond it cannot be believed
            }
            client = lue.get().getHostAddress();
            if (!fiable(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean fiable(String adresse) {
        Optional<InetAddress> a = litterale(adresse);
        return a.isPresent() && blocs.stream().anyMatch(b -> b.contient(a.get()));
    }

    /** An address written as digits (never a name: nothing is looked up). */
    static Optional<InetAddress> litterale(String texte) {
        String t = texte.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !t.matches("[0-9A-Fa-f:.%a-zA-Z]+") || !(t.contains(":") || t.matches("[0-9.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
