export { createAuthService, type AuthService } from './auth-service';
export { createAdminService, type AdminService } from './admin-service';
export { identityRoutes } from './routes';
export { createOutboxJob } from './outbox-job';
export { ORG_KIND_LABELS, allowedRoles } from './domain/roles';
export { hashPassword } from './crypto';
export * as identityStore from './store';
