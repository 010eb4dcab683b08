import {
  AddOwnMedicationRequest,
  AddOwnMedicationResult,
  CancelPrescriptionRequest,
  CatalogueSearchQuery,
  CatalogueSearchResult,
  DispenseRequest,
  DispenseResult,
  PharmacyParams,
  PharmacyQueue,
  PrescribeRequest,
  PrescriptionList,
  PrescriptionParams,
  PrescriptionView,
  Problem,
  ProposedMedication,
  SafetyCheckResult,
  VerifiedPrescription,
  VerifyPrescriptionRequest,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AccessRule,
  type OrganisationAction,
  type PatientAction,
  SELF,
} from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { conflict } from '../../platform/http/errors.ts';
import {
  type EprescriptionsModule,
  PrescriptionClaims,
  prescriptionQrSvg,
  renderPrescriptionPdf,
} from '../eprescriptions/index.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import type { DispensingService } from './dispensing.service.ts';
import type { MedicineKnowledge } from './medicine-knowledge.ts';
import type { PrescribingService } from './prescribing.service.ts';

const tags = ['Medications'];
const PatientParams = z.object({ patientId: z.uuid() });
const onPatient = (action: PatientAction): { access: AccessRule } => ({
  access: { kind: 'patient', action, patientIdParam: 'patientId' },
});
const onPharmacy = (action: OrganisationAction): { access: AccessRule } => ({
  access: { kind: 'organisation', action, organisationIdParam: 'organisationId' },
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const origin = (request: FastifyRequest): WriteOrigin => ({
  actor: actorOf(request),
  origin: { sourceIp: request.ip, requestId: request.id },
  route: `${request.method} ${request.routeOptions.url}`,
});

/** The medicine catalogue, prescribing with safety checks, the patient's own medicines, and dispensing. */
export function medicationsRoutes(deps: {
  knowledge: MedicineKnowledge;
  prescribing: PrescribingService;
  dispensing: DispensingService;
  eprescriptions: Pick<EprescriptionsModule, 'verify'>;
  productName: string;
}): FastifyPluginAsyncZod {
  const { knowledge, prescribing, dispensing } = deps;

  /** The claims of a prescription's own token, for its QR code and printout. */
  async function claimsOf(token: string) {
    const verification = await deps.eprescriptions.verify(token);
    return 'claims' in verification ? PrescriptionClaims.parse(verification.claims) : null;
  }

  return async (app) => {
    app.get(
      '/api/v1/medicines',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Search the medicine catalogue by generic or brand name, as you type',
          querystring: CatalogueSearchQuery,
          response: { 200: CatalogueSearchResult, 400: Problem, 401: Problem },
        },
      },
      async (request) => ({ drugs: knowledge.search(request.query.q, request.query.limit) }),
    );

    app.post(
      '/api/v1/patients/:patientId/medications/check',
      {
        config: onPatient('patient.read'),
        schema: {
          tags,
          summary:
            "Check a medicine against the patient's medicines and allergies, before prescribing or adding it",
          params: PatientParams,
          body: ProposedMedication,
          response: { 200: SafetyCheckResult, ...errors, 422: Problem },
        },
      },
      async (request) => prescribing.check(request.params.patientId, request.body),
    );

    app.get(
      '/api/v1/patients/:patientId/prescriptions',
      {
        config: onPatient('patient.read'),
        schema: {
          tags,
          summary: "The patient's prescriptions with what has been dispensed of each",
          params: PatientParams,
          response: { 200: PrescriptionList, ...errors },
        },
      },
      async (request) => ({ prescriptions: await prescribing.prescriptions(request.params.patientId) }),
    );

    app.post(
      '/api/v1/patients/:patientId/prescriptions',
      {
        config: onPatient('patient.prescribe'),
        schema: {
          tags,
          summary: 'Sign a prescription (major and contraindicated alerts need an override reason)',
          params: PatientParams,
          body: PrescribeRequest,
          response: { 201: PrescriptionView, ...errors, 422: Problem },
        },
      },
      async (request, reply) => {
        const view = await prescribing.prescribe(origin(request), request.params.patientId, request.body);
        return reply.code(201).send(view);
      },
    );

    app.post(
      '/api/v1/patients/:patientId/prescriptions/:prescriptionId/cancel',
      {
        config: onPatient('patient.prescribe'),
        schema: {
          tags,
          summary: 'Cancel an active prescription: pharmacies can no longer dispense it',
          params: PrescriptionParams,
          body: CancelPrescriptionRequest,
          response: { 200: PrescriptionView, ...errors, 409: Problem },
        },
      },
      async (request) =>
        prescribing.cancel(
          origin(request),
          request.params.patientId,
          request.params.prescriptionId,
          request.body.reason,
        ),
    );

    app.get(
      '/api/v1/patients/:patientId/prescriptions/:prescriptionId/qr.svg',
      {
        config: onPatient('patient.read'),
        schema: {
          tags,
          summary: "The prescription's signed code as a QR code (SVG)",
          params: PrescriptionParams,
        },
      },
      async (request, reply) => {
        const row = await prescribing.prescription(request.params.patientId, request.params.prescriptionId);
        const view = await prescribing.view(row);
        if (!view.token)
          throw conflict('prescription_not_active', 'Only an active prescription has a code to show.');
        return reply
          .type('image/svg+xml')
          .send(await prescriptionQrSvg(view.token, `Prescription code for ${view.medicine}`));
      },
    );

    app.get(
      '/api/v1/patients/:patientId/prescriptions/:prescriptionId/pdf',
      {
        config: onPatient('patient.read'),
        schema: {
          tags,
          summary: 'The prescription as a printable PDF with its QR code',
          params: PrescriptionParams,
        },
      },
      async (request, reply) => {
        const row = await prescribing.prescription(request.params.patientId, request.params.prescriptionId);
        if ((await prescribing.view(row)).status !== 'active')
          throw conflict('prescription_not_active', 'Only an active prescription can be printed.');
        const claims = await claimsOf(row.token);
        if (!claims) throw new Error('a stored prescription token does not verify');
        const pdf = await renderPrescriptionPdf({ claims, token: row.token, productName: deps.productName });
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="prescription-${row.id}.pdf"`)
          .send(Buffer.from(pdf));
      },
    );

    app.post(
      '/api/v1/patients/:patientId/own-medications',
      {
        config: onPatient('patient.write'),
        schema: {
          tags,
          summary: 'Add a medicine the patient takes (MedicationStatement), checked and put on reminders',
          params: PatientParams,
          body: AddOwnMedicationRequest,
          response: { 201: AddOwnMedicationResult, ...errors, 422: Problem },
        },
      },
      async (request, reply) => {
        const result = await prescribing.addOwn(origin(request), request.params.patientId, request.body);
        return reply.code(201).send(result);
      },
    );

    app.post(
      '/api/v1/pharmacies/:organisationId/prescriptions/verify',
      {
        config: onPharmacy('organisation.dispense'),
        schema: {
          tags,
          summary: 'Verify a scanned or typed prescription code: signature, prescriber, expiry, what remains',
          params: PharmacyParams,
          body: VerifyPrescriptionRequest,
          response: { 200: VerifiedPrescription, ...errors },
        },
      },
      async (request) =>
        dispensing.verify(actorOf(request), request.params.organisationId, request.body.token),
    );

    app.post(
      '/api/v1/pharmacies/:organisationId/dispenses',
      {
        config: onPharmacy('organisation.dispense'),
        schema: {
          tags,
          summary: 'Dispense some or all of a prescription (never more than remains; retries are safe)',
          params: PharmacyParams,
          body: DispenseRequest,
          response: { 201: DispenseResult, ...errors, 409: Problem },
        },
      },
      async (request, reply) => {
        const result = await dispensing.dispense(
          actorOf(request),
          request.params.organisationId,
          request.body,
        );
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/v1/pharmacies/:organisationId/queue',
      {
        config: onPharmacy('organisation.dispense'),
        schema: {
          tags,
          summary: 'Prescriptions sent to this pharmacy, waiting to be dispensed',
          params: PharmacyParams,
          response: { 200: PharmacyQueue, ...errors },
        },
      },
      async (request) => dispensing.queue(request.params.organisationId),
    );
  };
}
