package io.openhire.profiles;

interface ExperienceEntries extends EntryRepository<Experience> {

}
