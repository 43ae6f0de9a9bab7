package io.github.debrickedmaven.client;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultProxyRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled HTTP client per (base URL, proxy, connect timeout) for the whole Maven process, so
 * that every module and thread reuses the same connections.
 */
public final class HttpClientRegistry implements AutoCloseable {

    /** Modules of a {@code -T} build share the pool; more than this many parallel calls wait. */
    private static final int MAX_CONNECTIONS = 16;

    private final Map<String, CloseableHttpClient> clients = new ConcurrentHashMap<>();

    /** The shared client for these settings, created on first use. */
    public CloseableHttpClient client(ClientSettings settings) {
        String key = origin(settings.baseUrl()) + '|' + (settings.proxy() == null ? "direct" : settings.proxy().key())
                + '|' + settings.connectTimeout().toMillis();
        return clients.computeIfAbsent(key, k -> create(settings));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static CloseableHttpClient create(ClientSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.timeout()))
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(new QuietConnectionFactory())
                        .setTlsSocketStrategy(new SystemTlsStrategy())
                        .setDefaultConnectionConfig(connectionConfig)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .build())
                .disableCookieManagement()
                .setRetryStrategy(new DebrickedRetryStrategy());
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            HttpHost proxyHost = new HttpHost(proxy.host(), proxy.port());
            builder.setRoutePlanner(new DefaultProxyRoutePlanner(proxyHost));
            if (proxy.hasCredentials()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxyHost),
                        new UsernamePasswordCredentials(proxy.username(),
                                proxy.password() == null ? new char[0] : proxy.password().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        return builder.build();
    }

    @Override
    public void close() throws IOException {
        for (CloseableHttpClient client : clients.values()) {
            client.close();
        }
        clients.clear();
    }
}
