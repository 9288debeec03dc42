package org.accountabilitygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database's password: generated for each store, kept in a file inside the store that only
 * the owner can read, so other users of the machine and other web pages cannot log in, and the owner
 * never has to choose or remember one.
 *
 * @param user     the database user, always {@code neo4j}
 * @param password the password
 * @param file     where it is kept
 */
public record StorePassword(String user, String password, Path file) {

	public static final String USER = "neo4j";
	static final String FILE_NAME = "password";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String toString() {
		return "StorePassword[" + user + ", " + file + "]"; // never the password itself
	}

	/** The password kept in {@code dataDirectory}, if there is a usable one. */
	public static Optional<StorePassword> read(Path dataDirectory) {
		var file = dataDirectory.toAbsolutePath().resolve(FILE_NAME);
		try {
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			var password = Files.readString(file).strip();
			return password.isEmpty() ? Optional.empty() : Optional.of(new StorePassword(USER, password, file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the database password from " + file, ex);
		}
	}

	/**
	 * Makes a new password the store's: the database user's first, then the file, so a crash in between
	 * leaves no file and the next start simply makes another.
	 */
	static StorePassword create(Path dataDirectory, DatabaseManagementService dbms) {
		var bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		var password = new StorePassword(USER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
				dataDirectory.toAbsolutePath().resolve(FILE_NAME));
		password.applyTo(dbms);
		password.write();
		return password;
	}

	/** Sets this password on the database user; embedded access needs no login to do so. */
	void applyTo(DatabaseManagementService dbms) {
		dbms.database("system").executeTransactionally(
				"ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
	}

	private void write() {
		try {
			var temporary = file.resolveSibling(FILE_NAME + ".new");
			Files.deleteIfExists(temporary);
			try {
				Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(temporary); // not a POSIX file system: the store folder's own permissions apply
			}
			Files.writeString(temporary, password + "\n");
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the database password to " + file, ex);
		}
	}
}
