-- Job handlers record the key of each unit of work they finish in the same transaction as its effect,
-- so a job retried after a crash does not repeat that effect.
create table job_completions (
  job_key text primary key check (length(job_key) between 1 and 300),
  queue text not null,
  completed_at timestamptz not null default now()
);
create index job_completions_completed_at_idx on job_completions (completed_at);
