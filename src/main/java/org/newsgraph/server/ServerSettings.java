package org.newsgraph.server;

import java.time.Duration;

/**
 * How the server listens and what it allows.
 *
 * @param host the interface to bind; {@code localhost} keeps the server on loopback
 * @param port the TCP port; 0 picks any free port
 * @param datasetName the dataset's path, {@code /kg}
 * @param queryTimeout the longest a query may run
 */
public record ServerSettings(String host, int port, String datasetName, Duration queryTimeout) {
  public static final String LOOPBACK = "localhost";
  public static final int DEFAULT_PORT = 3030;
  public static final String DEFAULT_DATASET = "/kg";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public static Builder builder() {
    return new Builder();
  }

  public boolean loopbackOnly() {
    return LOOPBACK.equals(host) || "127.0.0.1".equals(host) || "::1".equals(host);
  }

  /** Builds settings; {@link #build()} checks each value. */
  public static final class Builder {
    private String host = LOOPBACK;
    private int port = DEFAULT_PORT;
    private String datasetName = DEFAULT_DATASET;
    private Duration queryTimeout = DEFAULT_TIMEOUT;

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder datasetName(String datasetName) {
      this.datasetName = datasetName;
      return this;
    }

    public Builder queryTimeout(Duration queryTimeout) {
      this.queryTimeout = queryTimeout;
      return this;
    }

    public ServerSettings build() {
      if (port < 0 || port > 65535) {
        throw new ServerException("port " + port + ": expected 0 (any free port) to 65535");
      }
      if (host == null || host.isBlank()) {
        throw new ServerException("host '" + host + "': expected a host name or address");
      }
      if (datasetName == null || !datasetName.matches("/[A-Za-z0-9_-]+")) {
        throw new ServerException("dataset name '" + datasetName + "': expected '/name'");
      }
      if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
        throw new ServerException(
            "query timeout " + queryTimeout + ": expected a positive duration");
      }
      return new ServerSettings(host, port, datasetName, queryTimeout);
    }
  }
}
