package io.openhire.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a port that was free, and the
 * {@code spring.mail.*} properties that point a context at it. Tests may take it down to
 * see how the outbox copes; they must bring it {@link #up()} again.
 */
class TestSmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String HOST = "127.0.0.1";

	private static final int PORT = freePort();

	private static final GreenMail SERVER = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));

	static {
		SERVER.start();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=" + HOST, "spring.mail.port=" + PORT).applyTo(context);
	}

	/** Stops the server: connections are refused until {@link #up()}. */
	static void down() {
		SERVER.stop();
	}

	static void up() {
		if (!SERVER.isRunning()) {
			SERVER.start();
		}
	}

	/** The messages received so far for {@code address}, oldest first. */
	static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter((message) -> isFor(message, address)).toList();
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch((to) -> to.toString().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
