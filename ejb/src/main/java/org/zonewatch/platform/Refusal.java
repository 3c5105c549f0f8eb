package org.zonewatch.platform;

/**
 * Why something a user sent was refused: a stable code clients may switch on, the HTTP status the API answers
 * with, and a summary for the person who sent it, in Chinese and English.
 */
public interface Refusal {

    String code();

    int httpStatus();

    String summary();
}
