package org.tandem.action;

/**
 * What the person signed in may do on the plan as a whole, for the screens to offer; {@code givesUpdates}: they
 * update actions of their own each half-term (workstream leads).
 */
public record PlanAbilities(boolean mayAddActions, boolean mayImport, boolean givesUpdates) {
}
