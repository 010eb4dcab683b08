import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { PasskeyRow } from './second-factor.repo.ts';

/** Who the passkeys belong to: this platform's origin (PUBLIC_URL) and its host as relying party id. */
export type RelyingParty = { id: string; name: string; origin: string };

export const relyingPartyFor = (publicUrl: string): RelyingParty => {
  const url = new URL(publicUrl);
  return { id: url.hostname, name: 'LifeCare Nexus', origin: url.origin };
};

/** The WebAuthn ceremonies, through @simplewebauthn/server; challenges are kept by the caller. */
export function createPasskeyCeremony(rp: RelyingParty) {
  return {
    registrationOptions(
      user: { userId: string; email: string; displayName: string },
      existing: PasskeyRow[],
    ): Promise<PublicKeyCredentialCreationOptionsJSON> {
      return generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.id,
        userName: user.email,
        userDisplayName: user.displayName,
        userID: new TextEncoder().encode(user.userId),
        attestationType: 'none',
        excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      });
    },

    async verifyRegistration(response: unknown, expectedChallenge: string) {
      try {
        const result = await verifyRegistrationResponse({
          response: response as RegistrationResponseJSON,
          expectedChallenge,
          expectedOrigin: rp.origin,
          expectedRPID: rp.id,
          requireUserVerification: false,
        });
        if (!result.verified) return undefined;
        const { credential } = result.registrationInfo;
        return {
          credentialId: credential.id,
          publicKey: credential.publicKey,
          signCount: credential.counter,
          transports: credential.transports ?? [],
        };
      } catch {
        return undefined;
      }
    },

    authenticationOptions(passkeys: PasskeyRow[]): Promise<PublicKeyCredentialRequestOptionsJSON> {
      return generateAuthenticationOptions({
        rpID: rp.id,
        allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
        userVerification: 'preferred',
      });
    },

    /** The passkey that answered and its new signature counter, or undefined if the answer is not valid. */
    async verifyAuthentication(response: unknown, expectedChallenge: string, passkeys: PasskeyRow[]) {
      const answer = response as AuthenticationResponseJSON;
      const passkey = passkeys.find((p) => p.credentialId === answer?.id);
      if (!passkey) return undefined;
      try {
        const result = await verifyAuthenticationResponse({
          response: answer,
          expectedChallenge,
          expectedOrigin: rp.origin,
          expectedRPID: rp.id,
          requireUserVerification: false,
          credential: {
            id: passkey.credentialId,
            publicKey: passkey.publicKey as Uint8Array<ArrayBuffer>,
            counter: passkey.signCount,
            transports: passkey.transports as never,
          },
        });
        return result.verified ? { passkey, newCounter: result.authenticationInfo.newCounter } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
export type PasskeyCeremony = ReturnType<typeof createPasskeyCeremony>;
