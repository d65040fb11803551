import type { Database } from '@thidua/db';
import { buildRegistration } from '@thidua/documents';
import type { Actor } from '../../auth/actor';
import { REGISTRATION_MSG } from '../registrations/messages';
import { buildPrintView } from '../registrations/print-view';
import type { PreparedDocument } from './deliver';

/**
 * The unit's registration form (Phụ lục 01) from the same view the printable page shows, under the same
 * read rule (the unit's own staff, the cluster's leaders, the standing office, …).
 */
export async function prepareRegistration(
  db: Database,
  actor: Actor,
  registrationId: string,
): Promise<PreparedDocument> {
  const view = await buildPrintView(db, actor, registrationId);
  const document = buildRegistration({
    unitName: view.unit.name,
    parentBody: view.header.parentBody,
    symbol: REGISTRATION_MSG.formSymbol,
    place: view.header.place,
    year: view.period.year,
    addressedTo: view.addressedTo,
    date: view.date,
    councilName: view.council.name,
    clusterName: view.cluster.name,
    criteria: view.criteriaVersion,
    objective: view.objective,
    groups: view.groups,
    titlesSought: view.titlesSought.map((t) => t.name),
    models: view.models,
    topics: view.topics,
    headTitle: view.signer.title ?? '',
    draft: view.status === 'draft',
  });
  return {
    kind: 'registration',
    document,
    fileName: `Đăng ký thi đua năm ${view.period.year} - ${view.unit.name}`,
    councilId: view.council.id,
    entityId: registrationId,
    source: {
      registrationId,
      unitId: view.unit.id,
      clusterId: view.cluster.id,
      criteriaVersionId: view.criteriaVersion?.id ?? null,
      status: view.status,
    },
    data: view,
    author: view.unit.name,
  };
}
