import type { Executor } from '../../platform/db/database.ts';
import type { MailOutbox } from '../mail/mail.service.ts';
import type { BreakGlassEvent, BreakGlassNotifier } from './break-glass.service.ts';

/**
 * Tells the patient (if their record has an account) and every administrator of the organisation
 * that a clinician opened emergency access. The reason is not in the mail: it may describe the
 * patient's condition; both can read it in the app.
 */
export function breakGlassMailNotifier(deps: {
  db: Executor;
  outbox: MailOutbox;
  publicUrl: string;
}): BreakGlassNotifier {
  const { db, outbox, publicUrl } = deps;
  return async (event: BreakGlassEvent) => {
    const [clinician, organisation, patient, admins] = await Promise.all([
      db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', event.clinicianUserId)
        .executeTakeFirst(),
      db.selectFrom('organisations').select('name').where('id', '=', event.organisationId).executeTakeFirst(),
      event.patientUserId
        ? db
            .selectFrom('users')
            .select('email')
            .where('id', '=', event.patientUserId)
            .where('disabled_at', 'is', null)
            .executeTakeFirst()
        : undefined,
      db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select('u.email')
        .where('m.organisation_id', '=', event.organisationId)
        .where('m.role', '=', 'org_admin')
        .where('u.disabled_at', 'is', null)
        .execute(),
    ]);
    const who = clinician?.display_name ?? 'A clinician';
    const where = organisation?.name ?? 'an organisation';
    const until = event.expiresAt.toISOString().replace('T', ' ').slice(0, 16);
    if (patient) {
      await outbox.enqueue({
        to: patient.email,
        subject: 'Emergency access to your health record',
        text: [
          `${who} of ${where} opened emergency ("break-glass") access to your health record, until ${until} UTC.`,
          'Emergency access is for urgent care when you cannot be asked. It is recorded, with the reason given, and reviewed by the organisation.',
          `You can see who accessed your record, and when, under "Sharing & access" in your portal: ${publicUrl}/patient/sharing`,
        ].join('\n\n'),
      });
    }
    for (const admin of admins) {
      await outbox.enqueue({
        to: admin.email,
        subject: `Emergency access opened at ${where}`,
        text: [
          `${who} opened emergency ("break-glass") access to a patient's record, until ${until} UTC.`,
          `Review it, with the reason given, under "Emergency alerts": ${publicUrl}/admin/emergency-alerts`,
        ].join('\n\n'),
      });
    }
  };
}
