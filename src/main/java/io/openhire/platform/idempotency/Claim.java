package io.openhire.platform.idempotency;

import java.util.UUID;

/** What became of the attempt to claim a key for a request. */
sealed interface Claim {

	/** The key is this request's: run it, then keep or release the record {@code id}. */
	record Claimed(UUID id) implements Claim {
	}

	/** An earlier request with the same body finished: answer its response. */
	record Replay(StoredResponse response) implements Claim {
	}

	/** An earlier request with the same body is still running. */
	record InProgress() implements Claim {
	}

	/** The key was used with a different body. */
	record Reused() implements Claim {
	}

}
