import type { Deps } from '../deps';
import { createAuditService } from '../modules/audit';
import { createAdminService, createAuthService } from '../modules/identity';

/** Every area's service, built once per process. Areas add themselves here. */
export function createServices(deps: Deps) {
  const audit = createAuditService(deps);
  const auth = createAuthService(deps, audit);
  const admin = createAdminService(deps, audit, auth);
  return { audit, auth, admin };
}

export type Services = ReturnType<typeof createServices>;
