package org.zonewatch.fact;

/** Who brought a fact in: the extractor, or an editor who added one it missed. */
public enum FactOrigin {
    EXTRACTED,
    ADDED
}
