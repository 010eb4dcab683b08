-- The server's keys for signing e-prescriptions (ES256), published as a JWKS at /.well-known/jwks.json.
--
-- kid is the key's RFC 7638 JWK thumbprint (SHA-256, base64url): it names the key and nothing else can
-- have it. A key moves forward only: active (signs and verifies; at most one) → retired (verifies what
-- it signed until those prescriptions expire) → revoked (verifies nothing), or active → revoked.
-- Only the active key holds its private key (PKCS #8, envelope-encrypted, context
-- prescription-signing-key:<kid>): retiring or revoking a key destroys it, so an old key can never
-- sign again. Keys are never deleted, so a revoked one stays revoked rather than becoming unknown.
create table prescription_signing_keys (
  kid text primary key check (kid ~ '^[A-Za-z0-9_-]{43}$'),
  algorithm text not null check (algorithm = 'ES256'),
  public_jwk jsonb not null check (public_jwk ->> 'kty' = 'EC' and public_jwk ->> 'crv' = 'P-256'),
  private_key_envelope text check (private_key_envelope like 'nx1.%'),
  state text not null check (state in ('active', 'retired', 'revoked')),
  created_at timestamptz not null,
  retired_at timestamptz,
  revoked_at timestamptz,
  check ((state = 'active') = (private_key_envelope is not null)),
  check (state <> 'active' or (retired_at is null and revoked_at is null)),
  check (state <> 'retired' or (retired_at is not null and revoked_at is null)),
  check (state <> 'revoked' or revoked_at is not null)
);
create unique index prescription_signing_keys_one_active_idx on prescription_signing_keys (state)
  where state = 'active';

create function prescription_signing_keys_forward_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'prescription signing keys are never deleted; revoke the key instead'
      using errcode = 'insufficient_privilege';
  end if;
  if new.kid <> old.kid or new.algorithm <> old.algorithm or new.public_jwk <> old.public_jwk
     or new.created_at <> old.created_at then
    raise exception 'a prescription signing key''s identity cannot change'
      using errcode = 'insufficient_privilege';
  end if;
  if (old.state = 'retired' and new.state = 'active') or (old.state = 'revoked' and new.state <> 'revoked') then
    raise exception 'a prescription signing key cannot go from % back to %', old.state, new.state
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger prescription_signing_keys_forward_only before update or delete on prescription_signing_keys
  for each row execute function prescription_signing_keys_forward_only();
