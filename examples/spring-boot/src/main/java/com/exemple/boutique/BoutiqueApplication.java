package com.exemple.boutique;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An online shop that sells an estate's bottles: its orders are its own, the cellar register is Mon Chai's. */
@SpringBootApplication
public class BoutiqueApplication {

    public static void main(String[] args) {
        SpringApplication.run(BoutiqueApplication.class, args);
    }
}
