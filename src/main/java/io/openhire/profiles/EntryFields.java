package io.openhire.profiles;

/** What a client sends for one entry; its annotations and {@link #check} validate it. */
interface EntryFields {

	/** The checks across fields that annotations cannot make. */
	default void check(Problems problems) {
	}

}
