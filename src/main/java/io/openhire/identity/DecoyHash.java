package io.openhire.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The password hash a sign-in compares against when the email is unknown, so that both
 * cases do the same hashing work. Hashing is slow on purpose, so it is computed once the
 * application is ready, on a virtual thread, rather than while the context starts (or by
 * the first sign-in that needs it, if that comes first).
 */
@Component
class DecoyHash {

	private final SingletonSupplier<String> hash;

	DecoyHash(PasswordEncoder passwords) {
		this.hash = SingletonSupplier.of(() -> passwords.encode(TokenSecrets.newValue()));
	}

	String value() {
		return this.hash.obtain();
	}

	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		Thread.ofVirtual().name("decoy-hash").start(this.hash::obtain);
	}

}
