package org.accountabilitygraph.security;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which host names may address this application. A web page on another site can make the user's browser
 * send requests here, and with DNS rebinding even read the answers as if it were this site; the only
 * trace it cannot hide is the host name it used. So requests are answered only for the names this
 * machine is known by locally, plus, when the application is opened to other hosts, the machine's own
 * names and addresses and whatever {@code graph.allowed-hosts} adds.
 */
public final class LocalAccess {

	private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");

	private final String listenAddress;
	private final Set<String> hosts = new TreeSet<>();
	private final boolean anyHost;

	/**
	 * @param listenAddress where the application and the embedded database listen ({@code graph.listen-address})
	 * @param extraHosts    further host names to answer for ({@code graph.allowed-hosts}); {@code *} for any
	 */
	public LocalAccess(String listenAddress, List<String> extraHosts) {
		this.listenAddress = listenAddress;
		hosts.addAll(LOOPBACK_NAMES);
		if (!isWildcard(listenAddress)) {
			hosts.add(normalise(listenAddress));
		}
		if (!isLoopback(listenAddress)) {
			hosts.addAll(machineNames());
		}
		extraHosts.stream().map(LocalAccess::normalise).filter(h -> !h.isEmpty() && !h.equals("*")).forEach(hosts::add);
		anyHost = extraHosts.stream().anyMatch(h -> h.strip().equals("*"));
	}

	/** The names requests may use, without ports. */
	public Set<String> hosts() {
		return Collections.unmodifiableSet(hosts);
	}

	public String listenAddress() {
		return listenAddress;
	}

	/** Whether only this machine can connect. */
	public boolean loopbackOnly() {
		return isLoopback(listenAddress);
	}

	/** @param hostHeader an HTTP Host header, {@code name[:port]} or {@code [v6][:port]}; null is refused */
	public boolean allowsHost(String hostHeader) {
		if (hostHeader == null || hostHeader.isBlank()) {
			return false;
		}
		return anyHost || hosts.contains(normalise(stripPort(hostHeader.strip())));
	}

	/** @param origin an HTTP Origin header such as {@code http://localhost:7474} */
	public boolean allowsOrigin(String origin) {
		try {
			var uri = URI.create(origin);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
				return false;
			}
			return anyHost || hosts.contains(normalise(uri.getHost()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public static boolean isWildcard(String address) {
		var a = normalise(address);
		return a.equals("0.0.0.0") || a.equals("::") || a.equals("*") || a.isEmpty();
	}

	public static boolean isLoopback(String address) {
		if (isWildcard(address)) {
			return false;
		}
		try {
			return InetAddress.getByName(normalise(address)).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** This machine's name, as other hosts would address it. */
	public static String machineName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	private static Set<String> machineNames() {
		var names = new TreeSet<String>();
		names.add(normalise(machineName()));
		try {
			for (var nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				for (var address : Collections.list(nic.getInetAddresses())) {
					names.add(normalise(address.getHostAddress().replaceFirst("%.*$", "")));
				}
			}
		}
		catch (SocketException ex) {
			// no interfaces to list: the machine's name and the configured hosts remain
		}
		return names;
	}

	private static String stripPort(String host) {
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return end < 0 ? host : host.substring(1, end);
		}
		int colon = host.indexOf(':');
		return colon < 0 || host.indexOf(':', colon + 1) >= 0 ? host : host.substring(0, colon);
	}

	private static String normalise(String host) {
		var h = host.strip().toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
	}
}
