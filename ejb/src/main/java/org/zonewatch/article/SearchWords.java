package org.zonewatch.article;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a search, each to be found as a phrase. Chinese is written without spaces, so a word is what the
 * user set apart with spaces (also the full-width space of Chinese input methods); punctuation alone is no word.
 */
final class SearchWords {

    private static final Pattern SPACES = Pattern.compile("[\\p{IsWhite_Space}]+");

    private SearchWords() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SPACES.split(text.strip()))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .toList();
    }
}
