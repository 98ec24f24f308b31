package io.openhire.profiles;

import java.util.UUID;

interface SkillEntries extends EntryRepository<SkillEntry> {

	boolean existsByProfileIdAndSkillIdAndIdNot(UUID profileId, UUID skillId, UUID id);

	boolean existsByProfileIdAndSkillId(UUID profileId, UUID skillId);

}
