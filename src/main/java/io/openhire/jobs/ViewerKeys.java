package io.openhire.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns who viewed a job (a user id or an IP) into a keyed hash for the day, so that view
 * deduplication stores neither, and the hashes of one viewer on different days cannot be
 * linked. The key is {@code openhire.jobs.views.viewer-key}
 * ({@code OPENHIRE_JOBS_VIEWS_VIEWER_KEY}); without it, one derived from the JWT secret
 * (the same on every node), or else one generated once into the data folder.
 */
@Component
class ViewerKeys {

	private final SecretKeySpec key;

	ViewerKeys(@Value("${openhire.jobs.views.viewer-key:}") String configured,
			@Value("${openhire.jwt.secret:}") String jwtSecret, @Value("${openhire.data-dir}") Path dataDir) {
		this.key = new SecretKeySpec(keyBytes(configured, jwtSecret, dataDir), "HmacSHA256");
	}

	/** 32 hex digits: the first 128 bits of HMAC-SHA256(key, viewer | day). */
	String of(String viewer, LocalDate day) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] hash = mac.doFinal((viewer + "|" + day).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static byte[] keyBytes(String configured, String jwtSecret, Path dataDir) {
		if (!configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		if (!jwtSecret.isBlank()) {
			return sha256("openhire job viewers|" + jwtSecret);
		}
		return generated(dataDir.resolve("job-views-key"));
	}

	private static byte[] generated(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Files.createDirectories(file.getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the job views key in " + file, ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
