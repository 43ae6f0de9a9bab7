package io.github.debrickedmaven.client;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's TLS with the JVM trust store and {@code javax.net.ssl.*} settings, as Maven itself
 * uses them, set up on the first https connection: building the SSL context reads the trust store,
 * which a build that never opens an https connection need not pay for.
 */
final class SystemTlsStrategy implements TlsSocketStrategy {

    private volatile TlsSocketStrategy delegate;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() {
        TlsSocketStrategy current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = DefaultClientTlsStrategy.createSystemDefault();
                    delegate = current;
                }
            }
        }
        return current;
    }
}
