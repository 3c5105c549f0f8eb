package org.zonewatch.article;

/**
 * The database refused one of several articles stored together, so none of them was stored: each may be imported
 * again alone, and only the one at fault is lost. An application exception (ejb-jar.xml), so that this expected
 * turn is not logged as a failure of the bean.
 */
public class ImportRolledBackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRolledBackException(int articles, Throwable cause) {
        super(articles + " articles stored together were refused: " + cause.getMessage(), cause);
    }
}
