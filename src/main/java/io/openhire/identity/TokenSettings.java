package io.openhire.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openhire.jwt.*}: lifetimes of access and refresh tokens ({@code secret} is read
 * by {@link TokenKeys}).
 */
@ConfigurationProperties("openhire.jwt")
record TokenSettings(Duration accessTokenTtl, Duration refreshTokenTtl) {

	static final String ISSUER = "openhire";

}
