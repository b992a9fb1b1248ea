package fr.monchai.core.chai;

import java.math.BigDecimal;

/**
 * A position in decimal degrees (WGS 84).
 *
 * @param lat latitude, -90 to 90
 * @param lng longitude, -180 to 180
 */
public record Coordonnees(BigDecimal lat, BigDecimal lng) {}
