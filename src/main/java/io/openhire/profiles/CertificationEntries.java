package io.openhire.profiles;

interface CertificationEntries extends EntryRepository<Certification> {

}
