import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { FhirServices } from '../fhir/index.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { createRecordWritesService, type WriteOrigin } from './record-writes.service.ts';
import { recordsRoutes } from './records.routes.ts';
import { createRecordsService } from './records.service.ts';

/**
 * Health records as the portals use them: readable views of the FHIR record (summary, timeline,
 * charts, documents), downloads (FHIR Bundle, PDF), and the forms clinicians and patients write with.
 */
export function createRecordsModule(deps: {
  fhir: FhirServices;
  clock: Clock;
  productName: string;
  publicUrl: string;
  onQuestionnaireSubmitted?: (write: WriteOrigin, patientId: string) => Promise<void>;
}) {
  const service = createRecordsService({
    records: deps.fhir.records,
    clock: deps.clock,
    productName: deps.productName,
  });
  const writes = createRecordWritesService({
    writer: deps.fhir.writer,
    records: deps.fhir.records,
    clock: deps.clock,
    ...(deps.onQuestionnaireSubmitted ? { onQuestionnaireSubmitted: deps.onQuestionnaireSubmitted } : {}),
  });
  const routes = async (app: FastifyInstance) => {
    await app.register(
      recordsRoutes({
        records: service,
        writes,
        fhirBase: `${deps.publicUrl.replace(/\/$/, '')}/fhir/R4`,
        now: deps.clock.now,
      }),
    );
    await app.register(catalogueRoutes());
  };
  return { service, writes, routes };
}
