package org.zonewatch.indicator;

import org.zonewatch.maintenance.MaintenanceRunView;

/**
 * The outcome of a catalogue change: the catalogue changed at once, and the run that maps every stored fact again
 * in the background (its {@code remapped} counts the facts whose indicator changed).
 */
public record CatalogueChange(String code, MaintenanceRunView remapping) {
}
