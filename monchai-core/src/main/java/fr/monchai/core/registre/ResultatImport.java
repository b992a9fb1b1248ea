package fr.monchai.core.registre;

/**
 * What an import of history wrote.
 *
 * @param mouvements how many movements were validated
 * @param lignes how many legs they carry
 * @param premierNumero the register number of the first one
 * @param dernierNumero the register number of the last one
 */
public record ResultatImport(int mouvements, long lignes, long premierNumero, long dernierNumero) {}
