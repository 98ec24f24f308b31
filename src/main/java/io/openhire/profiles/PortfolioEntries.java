package io.openhire.profiles;

interface PortfolioEntries extends EntryRepository<PortfolioItem> {

}
