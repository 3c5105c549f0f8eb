package org.zonewatch.web.api;

/**
 * A query parameter, path parameter, header or field of a JSON body that is malformed or out of its range, named so
 * that the answer can say which ({@code 400 bad-request} with {@code field}, by {@link BadParameterMapper}). Pure:
 * the checks that raise it are unit-tested without a container.
 */
public class BadParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
