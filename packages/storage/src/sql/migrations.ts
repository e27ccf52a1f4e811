/**
 * The schema, as numbered migrations. Released migrations are never edited: a change is a new entry
 * with the next version, because databases already at a version will not run that version again.
 *
 * Design notes
 * - Every table but `a2f_schema_migrations` has `tenant text not null` leading its primary key and its
 *   indexes: every query filters on it, and a row cannot exist outside a tenant.
 * - Times are `bigint` milliseconds since the epoch, the unit the whole library uses. That round-trips
 *   every value the store accepts exactly (any safe integer ≥ 0), reads back identically through `pg`
 *   and PGlite, and does not depend on the session's TimeZone or on a driver's Date parsing. Humans
 *   querying by hand use `to_timestamp(created_at / 1000.0)`. (`timestamptz` holds microseconds, so it
 *   would be exact too, but only inside JavaScript `Date`'s range and at the cost of a conversion in
 *   each direction.) `applied_at` of the migrations table is only for people, so it is a `timestamptz`.
 * - `status` and the audit `action` have check constraints: nothing else may ever be written there.
 *   The OTP `algorithm` deliberately has none: the store checks each row it reads and reports a
 *   malformed one by id (`UNREADABLE_RECORD`/'FORMAT') while every other row stays usable, which is
 *   the behaviour the contract suite checks by writing 'MD5' there.
 * - The audit keeps field names only (`fields text[]`), never values; a 'claim-code' entry keeps the
 *   counter claimed (`counter`), never the code.
 * - `a2f_code_claims` (version 2) holds, per tenant and authenticator fingerprint (a keyed hash of the
 *   secret, see store/code-claim.ts), the last TOTP counter handed out by `claimCode`. It is keyed by
 *   fingerprint, not by credential, so that records sharing a key share the sequence, and it outlives
 *   the credentials: a removed and re-added key must not be offered a counter the court has seen.
 * - `a2f_changes` (version 3) is the change log subscribers replay after a lost connection: ids, types
 *   and versions, never a value (`origin`: the writing adapter's random id, which tells a replayed event
 *   whether it is remote). `a2f_change_counters` gives each tenant's changes their numbers; a
 *   write takes the tenant's counter row last in its transaction and holds its lock until COMMIT, so a
 *   tenant's writes commit in number order and the committed numbers have no holes (a rolled-back write
 *   gives its numbers back). The log keeps each tenant's latest `CHANGE_LOG_RETAINED` changes.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'credentials, audit and meta',
    sql: `
create table a2f_credentials (
  tenant text not null,
  id text not null,
  system_id text,
  issuer text not null,
  account text not null,
  owner text,
  label text,
  algorithm text not null,
  digits integer not null,
  period integer not null,
  secret_sealed text not null,
  password_sealed text,
  status text not null constraint a2f_credentials_status_check check (status in ('pending', 'validated')),
  validated_at bigint,
  validated_by text,
  personal_email text,
  notes text,
  created_at bigint not null,
  created_by text,
  updated_at bigint not null,
  updated_by text,
  version integer not null,
  primary key (tenant, id)
);
create index a2f_credentials_owner_idx on a2f_credentials (tenant, owner);
create index a2f_credentials_system_idx on a2f_credentials (tenant, system_id);
create index a2f_credentials_status_idx on a2f_credentials (tenant, status);

create table a2f_audit (
  id bigserial primary key,
  tenant text not null,
  credential_id text not null,
  actor text,
  action text not null constraint a2f_audit_action_check
    check (action in ('create', 'update', 'validate', 'remove', 'reveal', 'reseal')),
  fields text[],
  at bigint not null
);
create index a2f_audit_tenant_idx on a2f_audit (tenant, id);
create index a2f_audit_credential_idx on a2f_audit (tenant, credential_id, id);

create table a2f_meta (
  tenant text not null,
  key text not null,
  value jsonb not null,
  version integer not null,
  primary key (tenant, key)
);
`,
  },
  {
    version: 2,
    name: 'code claims',
    sql: `
create table a2f_code_claims (
  tenant text not null,
  fingerprint text not null,
  last_counter bigint not null,
  claimed_at bigint not null,
  primary key (tenant, fingerprint)
);

alter table a2f_audit add column counter bigint;
alter table a2f_audit drop constraint a2f_audit_action_check;
alter table a2f_audit add constraint a2f_audit_action_check
  check (action in ('create', 'update', 'validate', 'remove', 'reveal', 'reseal', 'claim-code'));
`,
  },
  {
    version: 3,
    name: 'change log',
    sql: `
create table a2f_change_counters (
  tenant text primary key,
  last_seq bigint not null
);

create table a2f_changes (
  tenant text not null,
  seq bigint not null,
  type text not null constraint a2f_changes_type_check check (type in ('created', 'updated', 'removed')),
  credential_id text not null,
  version integer not null,
  origin text not null,
  primary key (tenant, seq)
);
`,
  },
]
