package org.zonewatch.fact;

/**
 * What an entry of a fact's history records. ADD, CORRECT, REJECT and RESTORE are editors' acts; DETACH and ATTACH
 * are reprocessing's: a fact with an editor's decisions that the extractor no longer finds is kept, and found
 * again later.
 */
public enum FactAction {
    ADD,
    CORRECT,
    REJECT,
    RESTORE,
    DETACH,
    ATTACH
}
