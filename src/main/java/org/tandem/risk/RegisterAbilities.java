package org.tandem.risk;

/** What the reader may do on the register's pages, answered by the module's permissions. */
public record RegisterAbilities(boolean mayRaise, boolean mayImport, boolean mayKeepSettings) {
}
