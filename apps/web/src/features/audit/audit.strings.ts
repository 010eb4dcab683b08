/** User-visible texts of the audit log page. */
export const auditStrings = {
  nav: 'Audit log',
  title: 'Audit log',
  intro:
    'Every look at health data and every security event is written to a tamper-evident log: each entry commits to the one before it, and the server signs the log’s head every few minutes. Verifying recomputes the whole chain and checks every signature.',
  notPlatformAdminTitle: 'For platform administrators',
  notPlatformAdminDetail: 'Only platform administrators can verify the audit log.',
  verifyHeading: 'Verification',
  verify: 'Verify now',
  verifying: 'Verifying the whole log…',
  intactTitle: 'The audit log is intact',
  intactDetail: (entries: number, checkpoints: number) =>
    `${entries.toLocaleString('en-GB')} ${entries === 1 ? 'entry' : 'entries'} and ${checkpoints.toLocaleString('en-GB')} signed ${checkpoints === 1 ? 'checkpoint' : 'checkpoints'} verified.`,
  brokenTitle: 'The audit log has been tampered with',
  brokenEntry: (seq: number) => `First affected entry: #${seq}`,
  problems: {
    altered: 'Altered after it was written',
    missing: 'Removed',
    out_of_order: 'Out of order',
    relinked: 'Does not follow from the entry before it',
  } as Record<string, string>,
  brokenAdvice:
    'Keep the database as it is and tell your security officer. The command `npm run audit:verify` gives the same answer on the server.',
  verifiedAt: (when: string) => `Verified ${when}`,
  failed: 'The log could not be verified',
  errorFallback: 'Something went wrong. Try again in a moment.',
};
