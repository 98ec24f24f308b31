package io.openhire.platform.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body is read once, when first asked for, and then served from memory:
 * the body must be hashed before the endpoint reads it. Reading goes through the body
 * size limit, so a body over it fails here as it would in the endpoint.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private byte @Nullable [] body;

	CachedBodyRequest(HttpServletRequest request) {
		super(request);
	}

	byte[] body() throws IOException {
		byte[] read = body;
		if (read == null) {
			read = super.getInputStream().readAllBytes();
			body = read;
		}
		return read;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		return new BodyStream(new ByteArrayInputStream(body()));
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private static final class BodyStream extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		BodyStream(ByteArrayInputStream bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return bytes.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("The body is already in memory");
		}

	}

}
