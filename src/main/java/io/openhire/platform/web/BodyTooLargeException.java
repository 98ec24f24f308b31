package io.openhire.platform.web;

import java.io.IOException;

/** A request body turned out larger than the platform accepts; answered with 413. */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
	}

}
