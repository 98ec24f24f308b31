package io.openhire.profiles;

import java.util.UUID;

/**
 * A candidate profile was created, changed (its fields or any of its entries) or deleted,
 * published in the transaction of the change. It carries only the id: listeners read the
 * profile as it is when they handle the event (through {@link CandidateSnapshots}), so
 * events handled late or out of order still leave the latest state, and a profile that is
 * gone is simply not found.
 */
public record CandidateProfileChanged(UUID profileId) {

}
