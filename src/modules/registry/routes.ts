import multipart from '@fastify/multipart';
import type { App } from '../../server/types';
import { buyerRoutes } from './buyer-routes';
import { ikmRoutes } from './ikm-routes';
import { importRoutes, MAX_IMPORT_BYTES } from './import-routes';
import { referenceRoutes } from './reference-routes';
import type { RegistryService } from './service';

/** The registry API: IKM search and profiles, verification, buyers, files, import/export, reference lists. */
export function registryRoutes(registry: RegistryService) {
  return async function routes(app: App) {
    // Encapsulated: multipart parsing applies to the registry's routes only.
    await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 12 } });
    await app.register(referenceRoutes(registry));
    await app.register(ikmRoutes(registry));
    await app.register(importRoutes(registry));
    await app.register(buyerRoutes(registry));
  };
}
