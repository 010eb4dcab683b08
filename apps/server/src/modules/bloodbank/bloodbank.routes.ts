import {
  AllocationView,
  BloodAllocationParams,
  BloodBankParams,
  BloodHoldParams,
  BloodUnitParams,
  BloodUnitView,
  CreateStorageLocation,
  DiscardRequest,
  InventoryView,
  IssueRequest,
  PlaceHoldRequest,
  Problem,
  ReceiveUnitRequest,
  ReleaseHoldRequest,
  ReservationResult,
  ReserveUnitsRequest,
  ReturnResult,
  ReturnUnitRequest,
  StorageLocationList,
  StorageLocationView,
  UnitEventList,
  VerifyLabelRequest,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccessRule } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { InventoryService } from './inventory.service.ts';

const tags = ['Blood bank'];
const base = '/api/v1/blood-banks/:organisationId';
const staff: { access: AccessRule } = {
  access: {
    kind: 'organisation',
    action: 'organisation.manage-blood-bank',
    organisationIdParam: 'organisationId',
  },
};
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const changes = { ...errors, 409: Problem, 422: Problem };

/** The blood bank's inventory: locations, units, holds, reservations, issue, return, discard, stock. */
export function bloodbankRoutes(deps: { inventory: InventoryService }): FastifyPluginAsyncZod {
  const { inventory } = deps;
  return async (app) => {
    app.get(
      `${base}/locations`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Storage locations',
          params: BloodBankParams,
          response: { 200: StorageLocationList, ...errors },
        },
      },
      async (request) => ({ locations: await inventory.locations(request.params.organisationId) }),
    );

    app.post(
      `${base}/locations`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Add a storage location (device, shelf, cooler) with its allowed range',
          params: BloodBankParams,
          body: CreateStorageLocation,
          response: { 201: StorageLocationView, ...changes },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await inventory.createLocation(actorOf(request), request.params.organisationId, request.body),
          ),
    );

    app.get(
      `${base}/inventory`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Stock by component, ABO/RhD and expiry band',
          params: BloodBankParams,
          response: { 200: InventoryView, ...errors },
        },
      },
      async (request) => inventory.inventory(request.params.organisationId),
    );

    app.post(
      `${base}/units`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Receive a unit (quarantined until its label is verified)',
          params: BloodBankParams,
          body: ReceiveUnitRequest,
          response: { 201: BloodUnitView, ...changes },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await inventory.receive(actorOf(request), request.params.organisationId, request.body)),
    );

    app.get(
      `${base}/units/:unitId`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'One unit with its open holds',
          params: BloodUnitParams,
          response: { 200: BloodUnitView, ...errors },
        },
      },
      async (request) => inventory.unit(request.params.organisationId, request.params.unitId),
    );

    app.get(
      `${base}/units/:unitId/events`,
      {
        config: staff,
        schema: {
          tags,
          summary: "The unit's history",
          params: BloodUnitParams,
          response: { 200: UnitEventList, ...errors },
        },
      },
      async (request) => inventory.events(request.params.organisationId, request.params.unitId),
    );

    app.post(
      `${base}/units/:unitId/label-verification`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Verify the label and confirm the group',
          params: BloodUnitParams,
          body: VerifyLabelRequest,
          response: { 200: BloodUnitView, ...changes },
        },
      },
      async (request) =>
        inventory.verifyLabel(
          actorOf(request),
          request.params.organisationId,
          request.params.unitId,
          request.body,
        ),
    );

    app.post(
      `${base}/units/:unitId/holds`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Place a hold (the unit leaves stock)',
          params: BloodUnitParams,
          body: PlaceHoldRequest,
          response: { 201: BloodUnitView, ...changes },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await inventory.placeHold(
              actorOf(request),
              request.params.organisationId,
              request.params.unitId,
              request.body,
            ),
          ),
    );

    app.post(
      `${base}/units/:unitId/holds/:holdId/release`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Release a hold with evidence (supervisors only)',
          params: BloodHoldParams,
          body: ReleaseHoldRequest,
          response: { 200: BloodUnitView, ...changes },
        },
      },
      async (request) =>
        inventory.releaseHold(
          actorOf(request),
          request.params.organisationId,
          request.params.unitId,
          request.params.holdId,
          request.body,
        ),
    );

    app.post(
      `${base}/units/:unitId/return`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Return an issued unit: restocked or discarded by the cold-chain rule',
          params: BloodUnitParams,
          body: ReturnUnitRequest,
          response: { 200: ReturnResult, ...changes },
        },
      },
      async (request) =>
        inventory.returnUnit(
          actorOf(request),
          request.params.organisationId,
          request.params.unitId,
          request.body,
        ),
    );

    app.post(
      `${base}/units/:unitId/discard`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Discard a unit with a reason',
          params: BloodUnitParams,
          body: DiscardRequest,
          response: { 200: BloodUnitView, ...changes },
        },
      },
      async (request) =>
        inventory.discard(
          actorOf(request),
          request.params.organisationId,
          request.params.unitId,
          request.body,
        ),
    );

    app.post(
      `${base}/reservations`,
      {
        config: staff,
        schema: {
          tags,
          summary: "Reserve units for a patient's request (FEFO within group-preference tiers), all or none",
          params: BloodBankParams,
          body: ReserveUnitsRequest,
          response: { 201: ReservationResult, ...changes },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await inventory.reserve(actorOf(request), request.params.organisationId, request.body)),
    );

    app.post(
      `${base}/allocations/:allocationId/release`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Release a reservation: the unit goes back to stock',
          params: BloodAllocationParams,
          body: z.object({}).optional(),
          response: { 204: z.null(), ...changes },
        },
      },
      async (request, reply) => {
        await inventory.releaseReservation(
          actorOf(request),
          request.params.organisationId,
          request.params.allocationId,
        );
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/allocations/:allocationId/issue`,
      {
        config: staff,
        schema: {
          tags,
          summary: 'Issue a reserved unit, re-checked at this instant',
          params: BloodAllocationParams,
          body: IssueRequest,
          response: { 200: AllocationView, ...changes },
        },
      },
      async (request) =>
        inventory.issue(
          actorOf(request),
          request.params.organisationId,
          request.params.allocationId,
          request.body,
        ),
    );
  };
}
