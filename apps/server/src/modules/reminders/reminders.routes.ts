import {
  AdherenceView,
  DoseAction,
  DoseList,
  DoseParams,
  DoseView,
  PoorAdherenceList,
  Problem,
  ReminderPreferencesView,
  UpdateReminderPreferences,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessRule, type PatientAction, SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { recordPatientAccess } from '../../platform/auth/authorization.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import { forbidden } from '../../platform/http/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { RemindersService } from './reminders.service.ts';

const tags = ['Reminders'];
const PatientParams = z.object({ patientId: z.uuid() });
const on = (action: PatientAction): { access: AccessRule } => ({
  access: { kind: 'patient', action, patientIdParam: 'patientId' },
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The patient's doses, what they record of them, their reminder preferences, and adherence. */
export function remindersRoutes(deps: {
  reminders: RemindersService;
  audit: AuditRecorder;
}): FastifyPluginAsyncZod {
  const { reminders } = deps;
  return async (app) => {
    app.get(
      '/api/v1/patients/:patientId/doses/today',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: "The doses of the patient's local today, with what can be done to each",
          params: PatientParams,
          response: { 200: DoseList, ...errors },
        },
      },
      async (request) => reminders.today(request.params.patientId),
    );
    app.post(
      '/api/v1/patients/:patientId/doses/:doseId',
      {
        config: on('patient.write'),
        schema: {
          tags,
          summary: 'Record a dose as taken or skipped, or snooze its reminder',
          params: DoseParams,
          body: DoseAction,
          response: { 200: DoseView, ...errors, 409: Problem },
        },
      },
      async (request) => reminders.act(request.params.patientId, request.params.doseId, request.body),
    );
    app.get(
      '/api/v1/patients/:patientId/reminder-preferences',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: "The patient's reminder channels, quiet hours, time zone and missed-dose notices",
          params: PatientParams,
          response: { 200: ReminderPreferencesView, ...errors },
        },
      },
      async (request) => reminders.preferences(request.params.patientId),
    );
    app.put(
      '/api/v1/patients/:patientId/reminder-preferences',
      {
        config: on('patient.write'),
        schema: {
          tags,
          summary: 'Change the reminder preferences (a new time zone moves the coming doses to its clock)',
          params: PatientParams,
          body: UpdateReminderPreferences,
          response: { 200: ReminderPreferencesView, ...errors },
        },
      },
      async (request) => reminders.updatePreferences(request.params.patientId, request.body),
    );
    app.get(
      '/api/v1/patients/:patientId/adherence',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary:
            'Doses taken over the last 7, 30 and 90 days, overall and per medicine, with a daily series',
          params: PatientParams,
          response: { 200: AdherenceView, ...errors },
        },
      },
      async (request) => reminders.adherence(request.params.patientId),
    );
    app.get(
      '/api/v1/adherence/poor',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The patients in your care who took fewer than 80% of their doses over 30 days',
          response: { 200: PoorAdherenceList, 401: Problem, 403: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!actor.memberships.some((m) => CLINICAL_ROLES.has(m.role)))
          throw forbidden('not_permitted', 'Adherence lists are for clinicians.');
        const list = await reminders.poorAdherence(actor);
        // The list shows each patient's adherence: a read of each patient's record, audited as such.
        for (const patient of list.patients)
          await recordPatientAccess(
            deps.audit,
            {
              actor,
              action: 'patient.read',
              patientId: patient.patientId,
              origin: { sourceIp: request.ip, requestId: request.id },
              route: `${request.method} ${request.routeOptions.url}`,
              details: { view: 'poor-adherence' },
            },
            { allowed: true, basis: 'care_relationship' },
          );
        return list;
      },
    );
  };
}
