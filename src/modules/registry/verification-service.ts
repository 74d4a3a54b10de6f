/** The verification workflow (submit → verify / return), status history and certificate expiry. */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { addDays } from '../../core/dates';
import { badRequest } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { EXPIRY_WARNING_DAYS, nextStatus, normaliseReasons, type VerificationAction } from './domain';
import { certificationView } from './profile-mapper';
import type { ProfileService } from './profile-service';
import * as store from './store';
import type { VocabularyService } from './vocabulary-service';
import { assertVisible, EDIT_RULE, isProgramme, READ_RULE, VERIFY_RULE } from './visibility';

export type VerificationService = ReturnType<typeof createVerificationService>;

export function createVerificationService(deps: Deps, audit: AuditService, vocab: VocabularyService, profiles: ProfileService) {
  const { db, clock } = deps;

  async function transition(actor: Actor, orgId: string, action: Exclude<VerificationAction, 'reverify'>, reasons: string[] = []) {
    const v = await vocab.load();
    return db.transaction(async (tx) => {
      const row = assertVisible(actor, orgId, await store.lockProfile(tx, orgId));
      authorize(actor, action === 'submit' ? EDIT_RULE : VERIFY_RULE, { parties: [orgId] });
      const to = nextStatus(row.status as never, action);
      const now = clock.now();
      const updated = await store.updateProfile(tx, orgId, {
        status: to,
        statusReasons: action === 'return' ? reasons : [],
        ...(action === 'submit' ? { submittedAt: now } : {}),
        ...(action === 'verify' ? { verifiedAt: now, verifiedBy: actor.userId } : { verifiedAt: null, verifiedBy: null }),
        version: row.version + 1,
        updatedAt: now,
      });
      await store.insertHistory(tx, { id: newId(), orgId, fromStatus: row.status, toStatus: to, action, reasons, actorUserId: actor.userId, actorOrgId: actor.orgId, at: now });
      await audit.record(tx, actor, { action: `registry.ikm_${action === 'return' ? 'returned' : action === 'submit' ? 'submitted' : 'verified'}`, entityType: 'ikm_profile', entityId: orgId, orgId, before: { status: row.status }, after: { status: to, reasons } });
      return profiles.loadView(tx, updated, v);
    });
  }

  return {
    /** The IKM (or programme staff on its behalf) submits the profile for verification. */
    submit: (actor: Actor, orgId: string) => transition(actor, orgId, 'submit'),

    /** Programme staff verify a submitted profile: it gets the verified badge. */
    verify: (actor: Actor, orgId: string) => transition(actor, orgId, 'verify'),

    /** Programme staff send a profile back with reasons (at least one). */
    async returnProfile(actor: Actor, orgId: string, reasons: string[]) {
      const clean = normaliseReasons(reasons);
      if (!clean.length) throw badRequest('registry.return_reason_required', 'Sebutkan minimal satu alasan pengembalian.', { field: 'reasons' });
      return transition(actor, orgId, 'return', clean);
    },

    async history(actor: Actor, orgId: string) {
      assertVisible(actor, orgId, await store.findProfile(db, orgId));
      authorize(actor, { ...READ_RULE, kinds: ['programme', 'ikm'] }, { parties: [orgId] });
      return store.listHistory(db, orgId);
    },

    async certifications(actor: Actor, orgId: string) {
      assertVisible(actor, orgId, await store.findProfile(db, orgId));
      const v = await vocab.load();
      return (await store.listCertifications(db, orgId)).map((c) => certificationView(c, clock, v));
    },

    /** Certificates expiring within `withinDays` (default 60) or already expired: programme staff see all, an IKM its own. */
    async expiringCertifications(actor: Actor, q: PageQuery & { withinDays?: number }) {
      authorize(actor, { kinds: ['programme', 'ikm'], relation: 'any' });
      const until = addDays(today(clock), q.withinDays ?? EXPIRY_WARNING_DAYS);
      const { rows, total } = await store.listExpiringCertifications(db, { until, orgId: isProgramme(actor) ? undefined : actor.orgId, limit: q.pageSize, offset: pageOffset(q) });
      const v = await vocab.load();
      const items = rows.map((r) => ({ orgId: r.orgId, legalName: r.legalName, profileStatus: r.profileStatus, ...certificationView(r, clock, v) }));
      return { items, page: q.page, pageSize: q.pageSize, total };
    },
  };
}
