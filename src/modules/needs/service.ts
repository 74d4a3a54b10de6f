import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import type { NeedPort } from '../events';
import { createNeedFileService } from './file-service';
import { createNeedService } from './need-service';
import { createQuotationService } from './quotation-service';
import type { RegistryLookup } from './registry-lookup';
import * as store from './store';

export type NeedsService = ReturnType<typeof createNeedsService>;

/** The needs area: part needs (RFQ), invitations, interest, quotations, comparison and files. */
export function createNeedsService(deps: Deps, audit: AuditService, registry: RegistryLookup) {
  return {
    registry,
    needs: createNeedService(deps, audit, registry),
    quotations: createQuotationService(deps, audit, registry),
    files: createNeedFileService(deps, audit, registry),
  };
}

/** The port through which the events area describes meeting topics. */
export const needPort: NeedPort = {
  async describeNeeds(x, ids) {
    return new Map((await store.describeNeeds(x, ids)).map((n) => [n.id, n]));
  },
};
