import type { Actor } from '../../core/actor';
import { authorize, hasRole } from '../../core/authz';
import { newId } from '../../core/ids';
import type { Page, PageQuery } from '../../core/pagination';
import { pageOffset } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import { findAuditEvents, insertAuditEvents, type AuditRow } from './store';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  /** The organisation whose data changed. */
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditQuery extends PageQuery {
  orgId?: string;
  actorUserId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export type AuditService = ReturnType<typeof createAuditService>;

/** Strips secrets from before/after snapshots. */
function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = /password|tokenHash|secret/i.test(k) ? '[redacted]' : typeof v === 'bigint' ? v.toString() : redact(v);
  }
  return out;
}

export function createAuditService(deps: Pick<Deps, 'clock'>) {
  return {
    /** Appends audit events inside the caller's transaction. */
    async record(x: Executor, actor: Actor, ...changes: AuditChange[]): Promise<void> {
      const at = deps.clock.now();
      await insertAuditEvents(
        x,
        changes.map((c) => ({
          id: newId(),
          at,
          actorType: actor.type,
          actorUserId: actor.userId,
          actorOrgId: actor.type === 'system' ? null : actor.orgId,
          orgId: c.orgId ?? null,
          action: c.action,
          entityType: c.entityType,
          entityId: c.entityId,
          before: redact(c.before ?? null),
          after: redact(c.after ?? null),
          requestId: actor.requestId ?? null,
        })),
      );
    },

    /** Programme admins see every event; organisation admins only their own organisation's. */
    async list(x: Executor, actor: Actor, q: AuditQuery): Promise<Page<AuditRow>> {
      authorize(actor, { kinds: ['programme', 'buyer', 'ikm', 'lender', 'mentor'], roles: ['admin'], relation: 'any' });
      const orgId = actor.orgKind === 'programme' && hasRole(actor, 'admin') ? q.orgId : actor.orgId;
      const { rows, total } = await findAuditEvents(x, {
        orgId,
        actorUserId: q.actorUserId,
        action: q.action,
        entityType: q.entityType,
        entityId: q.entityId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.pageSize,
        offset: pageOffset(q),
      });
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },
  };
}
