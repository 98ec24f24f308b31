-- The facility type of a job's company (hospitals and clinics), kept with the job like its
-- company type so that GET /jobs?facility_type= filters without reading another module's table.
alter table jobs add column company_facility_type varchar(20);
create index jobs_company_facility_type_idx on jobs (company_facility_type, status);
