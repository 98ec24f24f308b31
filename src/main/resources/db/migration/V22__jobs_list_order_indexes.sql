-- The list's date orderings, on two columns instead of three: H2's planner charges an index
-- for each column a query does not restrict, so (status, published_at desc, id desc) tied
-- with (status, salary_max) on cost and lost to it, and the first page sorted every published
-- job (0.7-1.5 s at 100,000 jobs). On two columns it wins; ties on published_at are put in id
-- order among the few rows that share it. PostgreSQL reads the same indexes the same way.
drop index jobs_status_newest_idx;
create index jobs_status_newest_idx on jobs (status, published_at desc);
drop index jobs_status_published_idx;
create index jobs_status_published_idx on jobs (status, published_at);
