package io.github.debrickedmaven.client;

/**
 * An HTTP proxy for the plugin's own client. {@link #toString()} hides the password.
 *
 * @param host proxy host
 * @param port proxy port
 * @param username proxy user, or null
 * @param password proxy password, or null
 */
public record ProxySettings(String host, int port, String username, String password) {

    boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    /** Identifies the proxy for client sharing without the password in clear. */
    String key() {
        return host + ':' + port + '@' + (username == null ? "" : username) + '#'
                + (password == null ? 0 : password.hashCode());
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ':' + port + (hasCredentials() ? ", user " + username : "") + "]";
    }
}
