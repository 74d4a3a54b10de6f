export { createAuditService, type AuditService, type AuditChange } from './service';
export { auditRoutes } from './routes';
