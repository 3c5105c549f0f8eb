package org.zonewatch.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One HTTP/1.1 request from a chosen local address (127.0.0.2: another client as far as the server can tell), which
 * Java 17's HttpClient cannot bind. Enough for a status line.
 */
final class FromAddress {

    private FromAddress() {
    }

    /** The status of a GET of the path with HTTP Basic, sent from the given address. */
    static int basicGet(String localAddress, URL base, String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n";
        try (var socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(localAddress), 0)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            String statusLine = answer.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
