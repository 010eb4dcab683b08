import { AppError } from '../../platform/http/errors.ts';

/** Why an e-mailed link no longer works, as one 400 problem per reason (the holder of the link sees it). */
export function linkError(reason: 'unknown' | 'used' | 'expired' | 'revoked', whatToDo: string): AppError {
  const messages = {
    unknown: 'This link is not valid. Check that you opened the whole link from the e-mail.',
    used: 'This link has already been used.',
    expired: 'This link has expired.',
    revoked: 'This link has been withdrawn.',
  };
  return new AppError(`link_${reason}`, 400, `${messages[reason]} ${whatToDo}`);
}

/** The reason a stored link cannot be used now, or undefined if it can. */
export function linkProblem(
  link: { usedAt: Date | null; expiresAt: Date; revokedAt?: Date | null } | undefined,
  now: Date,
): 'unknown' | 'used' | 'expired' | 'revoked' | undefined {
  if (!link) return 'unknown';
  if (link.usedAt) return 'used';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return undefined;
}
