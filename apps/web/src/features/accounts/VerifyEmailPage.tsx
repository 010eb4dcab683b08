import { useEffect, useRef } from 'react';
import { accountsStrings as s } from './accounts.strings.ts';
import { useVerifyEmail } from './api/mutations.ts';
import { problemDetail } from './form-errors.ts';
import { Done, LinkFailed, Working } from './LinkOutcome.tsx';
import { useLinkToken } from './link-token.ts';
import { PublicFormPage } from './PublicFormPage.tsx';

/** The verification link's page: confirms the address (creating the account), then offers to sign in. */
export function VerifyEmailPage() {
  const token = useLinkToken();
  const verify = useVerifyEmail();
  const isStarted = useRef(false);

  useEffect(() => {
    // Once only: the link works once, and development mode runs effects twice.
    if (!token || isStarted.current) return;
    isStarted.current = true;
    verify.mutate(token);
  }, [token, verify.mutate]);

  return (
    <PublicFormPage title={s.verifyTitle}>
      {!token ? (
        <LinkFailed
          title={s.linkMissingTitle}
          detail={s.linkMissingDetail}
          next={{ to: '/sign-up', label: s.signUpAgain }}
        />
      ) : verify.isSuccess ? (
        <Done title={s.verifiedTitle}>{s.verifiedDetail(verify.data.email)}</Done>
      ) : verify.isError ? (
        <LinkFailed
          title={s.verifyFailedTitle}
          detail={problemDetail(verify.error)}
          next={{ to: '/sign-up', label: s.signUpAgain }}
        />
      ) : (
        <Working>{s.verifying}</Working>
      )}
    </PublicFormPage>
  );
}
