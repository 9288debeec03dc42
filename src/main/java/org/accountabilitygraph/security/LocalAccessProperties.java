package org.accountabilitygraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may reach the application and the embedded database.
 *
 * @param listenAddress the interface everything listens on ({@code graph.listen-address}): loopback by
 *                      default, so only this machine can connect; {@code 0.0.0.0} opens it to the network
 * @param allowedHosts  host names that other machines use to reach it, beyond this machine's own
 *                      ({@code graph.allowed-hosts}); {@code *} for any, which gives up the protection
 *                      against DNS rebinding
 */
@ConfigurationProperties("graph")
public record LocalAccessProperties(@DefaultValue("localhost") String listenAddress,
		@DefaultValue("") List<String> allowedHosts) {

	public LocalAccess access() {
		return new LocalAccess(listenAddress, allowedHosts);
	}
}
