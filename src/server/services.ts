import type { Deps } from '../deps';
import { createAuditService } from '../modules/audit';
import { createAdminService, createAuthService } from '../modules/identity';
import { createRegistryService } from '../modules/registry';
import { wireFinance } from '../modules/finance';
import { createLinkMatchServices } from '../modules/matching';
import { createPartnershipLoopServices } from '../modules/orders';

/** Every area's service, built once per process. Areas add themselves here. */
export function createServices(deps: Deps) {
  const audit = createAuditService(deps);
  const auth = createAuthService(deps, audit);
  const admin = createAdminService(deps, audit, auth);
  const registry = createRegistryService(deps, audit);
  const linkMatch = createLinkMatchServices(deps, audit, registry); // needs, matching, events
  const loop = createPartnershipLoopServices(deps, audit); // notifications, partnerships, development, orders
  const finance = wireFinance(deps, audit, { ...loop, registry }); // routes financed invoice payments through escrow
  return { audit, auth, admin, registry, finance, ...linkMatch, ...loop };
}

export type Services = ReturnType<typeof createServices>;
