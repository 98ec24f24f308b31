package io.openhire.profiles;

interface EducationEntries extends EntryRepository<Education> {

}
