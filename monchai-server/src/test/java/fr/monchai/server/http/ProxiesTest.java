package fr.monchai.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Who the client is: the peer, unless a listed proxy names it; a client never chooses its own address. */
class ProxiesTest {

    @Test
    void un_pair_qui_n_est_pas_un_proxy_de_confiance_ne_choisit_pas_son_adresse() {
        Proxies proxies = Proxies.depuis("10.0.0.2, 192.168.0.0/24,::1");
        // Before: MONCHAI_TRUST_PROXY=true believed X-Forwarded-For from any peer.
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", "1.2.3.4"));
        assertEquals(
                "198.51.100.7",
                proxies.client("10.0.0.2", "1.2.3.4, 198.51.100.7"),
                "the last address the proxy appended");
        assertEquals(
                "198.51.100.7",
                proxies.client("10.0.0.2", "1.2.3.4, 198.51.100.7, 192.168.0.40"),
                "past a second listed proxy");
        assertEquals("10.0.0.2", proxies.client("10.0.0.2", "pas-une-adresse"));
        assertEquals("2001:db8:0:0:0:0:0:5", proxies.client("0:0:0:0:0:0:0:1", "2001:db8::5"));
        assertEquals("10.0.0.2", proxies.client("10.0.0.2", null));
        assertEquals("203.0.113.9", Proxies.depuis("").client("203.0.113.9", "1.2.3.4"), "none listed: the peer");
        assertThrows(
                IllegalArgumentException.class, () -> Proxies.depuis("proxy.example"), "a name is never looked up");
        assertThrows(IllegalArgumentException.class, () -> Proxies.depuis("10.0.0.0/33"));
    }
}
