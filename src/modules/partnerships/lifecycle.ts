import { systemActor, type Actor } from '../../core/actor';
import { authorize, can } from '../../core/authz';
import { today as businessToday } from '../../core/clock';
import { addDays } from '../../core/dates';
import { badRequest, conflict, forbidden, unprocessable } from '../../core/errors';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import type { NotificationInput, NotificationService } from '../notifications';
import { assertCanApply, dailyTransition, REMINDER_DAYS, remindersDue, statusAfterSigning, type MouStatus } from './domain/mou';
import * as store from './store';
import { loadMouView, type MouView } from './view';

type LoadVisible = (actor: Actor, id: string) => Promise<{ mou: store.MouRow; parties: store.MouPartyRow[]; partyIds: string[] }>;

const link = (id: string) => `/mou/${id}`;

/** Send, withdraw, sign, terminate, and the daily activation / expiry / renewal reminders. */
export function createMouLifecycle(deps: Deps, audit: AuditService, notifications: NotificationService, loadVisible: LoadVisible) {
  const { db, clock } = deps;

  const toParties = (mou: store.MouRow, orgIds: string[], n: Omit<NotificationInput, 'orgId' | 'entityType' | 'entityId' | 'link'>): NotificationInput[] =>
    orgIds.map((orgId) => ({ ...n, orgId, entityType: 'mou', entityId: mou.id, link: link(mou.id) }));

  async function setStatus(x: Executor, actor: Actor, mou: store.MouRow, status: MouStatus, extra: Partial<store.MouRow> = {}) {
    const now = clock.now();
    const [after] = await store.updateMou(x, mou.id, { status, updatedAt: now, ...extra });
    await audit.record(x, actor, { action: `partnerships.mou_${status}`, entityType: 'mou', entityId: mou.id, orgId: mou.initiatorOrgId, before: { status: mou.status }, after: { status, ...extra } });
    return after!;
  }

  async function view(id: string): Promise<MouView> {
    return loadMouView(db, (await store.findMou(db, id))!);
  }

  return {
    /** draft → sent: every party's admins are asked to sign. */
    async send(actor: Actor, id: string): Promise<MouView> {
      const { mou, partyIds } = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer', 'mentor'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [mou.initiatorOrgId] });
      assertCanApply(mou.status as MouStatus, 'send');
      await db.transaction(async (tx) => {
        await setStatus(tx, actor, mou, 'sent', { sentAt: clock.now() });
        await notifications.notify(tx, ...toParties(mou, partyIds, { roles: ['admin'], kind: 'mou_to_sign', title: `MoU ${mou.reference} menunggu tanda tangan`, body: `MoU "${mou.title}" (${mou.reference}) telah dikirim dan menunggu tanda tangan organisasi Anda.` }));
      });
      return view(id);
    },

    /** sent / partially signed → draft (for changes); signatures are cleared. */
    async withdraw(actor: Actor, id: string): Promise<MouView> {
      const { mou } = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer', 'mentor'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [mou.initiatorOrgId] });
      assertCanApply(mou.status as MouStatus, 'withdraw');
      await db.transaction(async (tx) => {
        await store.clearSignatures(tx, id);
        await setStatus(tx, actor, mou, 'draft', { sentAt: null });
      });
      return view(id);
    },

    /**
     * One party signs (its organisation admin). Records who, when and the hash of the terms the signer saw;
     * a repeat with the same Idempotency-Key returns the MoU unchanged.
     */
    async sign(actor: Actor, id: string, input: { documentHash: string }, idempotencyKey: string | null): Promise<MouView> {
      if (!idempotencyKey) throw badRequest('request.idempotency_key_required', 'Header Idempotency-Key wajib untuk penandatanganan.', { field: 'idempotency-key' });
      const { mou, parties, partyIds } = await loadVisible(actor, id);
      const party = parties.find((p) => p.orgId === actor.orgId);
      if (!party) throw forbidden('partnerships.not_a_party', 'Organisasi Anda bukan pihak dalam MoU ini.');
      if (!can(actor, { kinds: ['buyer', 'mentor', 'ikm'], roles: ['admin'], programmeOverride: false }, { parties: [actor.orgId] })) {
        throw forbidden('partnerships.signatory_required', 'Hanya admin organisasi (penandatangan) yang dapat menandatangani MoU.');
      }
      if (party.signedAt) {
        if (party.signIdempotencyKey === idempotencyKey) return view(id);
        throw conflict('partnerships.already_signed', 'Organisasi Anda sudah menandatangani MoU ini.', { signedAt: party.signedAt.toISOString() });
      }
      assertCanApply(mou.status as MouStatus, 'sign');
      const current = await loadMouView(db, mou, parties);
      if (input.documentHash !== current.documentHash) {
        throw conflict('partnerships.document_changed', 'Isi MoU berbeda dari yang Anda tinjau. Muat ulang lalu tanda tangani lagi.', { field: 'documentHash', documentHash: current.documentHash });
      }
      const user = actor.userId ? await identityStore.findUserWithMembership(db, actor.userId) : null;
      const signerName = user?.user.name ?? (actor.type === 'system' ? 'Sistem (demo)' : 'Token API');
      await db.transaction(async (tx) => {
        const locked = (await store.findMou(tx, id, true))!;
        // A concurrent twin of this request may have signed while we waited for the lock: same key → same answer.
        const all = await store.findParties(tx, id);
        const again = all.find((p) => p.orgId === actor.orgId);
        if (again?.signedAt) {
          if (again.signIdempotencyKey === idempotencyKey) return;
          throw conflict('partnerships.already_signed', 'Organisasi Anda sudah menandatangani MoU ini.');
        }
        assertCanApply(locked.status as MouStatus, 'sign');
        await store.signParty(tx, id, actor.orgId, { at: clock.now(), userId: actor.userId, name: signerName, documentHash: current.documentHash, idempotencyKey });
        await audit.record(tx, actor, { action: 'partnerships.mou_party_signed', entityType: 'mou', entityId: id, orgId: actor.orgId, after: { signedBy: signerName, documentHash: current.documentHash } });
        const count = all.filter((p) => p.signedAt || p.orgId === actor.orgId).length;
        const status = statusAfterSigning(count, all.length, locked.startDate, locked.endDate, businessToday(clock));
        if (status !== locked.status) await setStatus(tx, actor, locked, status, status === 'active' ? { activatedAt: clock.now() } : {});
        // Partial: the initiator follows progress in-app; complete: every party is told (and e-mailed).
        const done = count === all.length;
        const to = done ? partyIds : locked.initiatorOrgId === actor.orgId ? [] : [locked.initiatorOrgId];
        await notifications.notify(
          tx,
          ...toParties(mou, to, {
            kind: 'mou_signed',
            email: done,
            roles: ['admin'],
            title: done ? `MoU ${mou.reference} telah ditandatangani semua pihak` : `MoU ${mou.reference}: ${count} dari ${all.length} pihak telah menandatangani`,
            body: done ? `Seluruh pihak telah menandatangani MoU "${mou.title}". Status: ${status}.` : `${signerName} menandatangani MoU "${mou.title}".`,
          }),
        );
      });
      return view(id);
    },

    /** Ends an MoU early with a reason (the initiator's admin, or a programme admin). */
    async terminate(actor: Actor, id: string, reason: string): Promise<MouView> {
      const { mou, partyIds } = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer', 'mentor', 'programme'], roles: ['admin'] }, { parties: [mou.initiatorOrgId] });
      assertCanApply(mou.status as MouStatus, 'terminate');
      if (reason.trim().length < 5) throw unprocessable('partnerships.reason_required', 'Sebutkan alasan pengakhiran (minimal 5 karakter).', { field: 'reason' });
      await db.transaction(async (tx) => {
        await setStatus(tx, actor, mou, 'terminated', { terminationReason: reason.trim(), closedAt: clock.now() });
        await notifications.notify(tx, ...toParties(mou, partyIds.filter((o) => o !== actor.orgId), { kind: 'mou_signed', title: `MoU ${mou.reference} diakhiri`, body: `MoU "${mou.title}" diakhiri. Alasan: ${reason.trim()}` }));
      });
      return view(id);
    },

    /** The daily job: activate on the start date, expire after the end date, send renewal reminders (each once). */
    async runDaily(on?: string): Promise<{ activated: number; expired: number; reminded: number }> {
      const day = on ?? businessToday(clock);
      const result = { activated: 0, expired: 0, reminded: 0 };
      const rows = await store.listForDaily(db, day, addDays(day, Math.max(...REMINDER_DAYS)));
      for (const mou of rows) {
        const actor = systemActor(mou.initiatorOrgId, 'job:partnerships.daily');
        await db.transaction(async (tx) => {
          const locked = (await store.findMou(tx, mou.id, true))!;
          let status = locked.status as MouStatus;
          const move = dailyTransition(status, locked.startDate, locked.endDate, day);
          if (move === 'activate') {
            await setStatus(tx, actor, locked, 'active', { activatedAt: clock.now() });
            status = 'active';
            result.activated++;
          } else if (move === 'expire') {
            await setStatus(tx, actor, locked, 'expired', { closedAt: clock.now() });
            result.expired++;
            return;
          }
          if (status !== 'active') return;
          const claimed: number[] = [];
          for (const d of remindersDue(locked.endDate, day)) if (await store.claimReminder(tx, locked.id, d, clock.now())) claimed.push(d);
          if (!claimed.length) return;
          const partyIds = (await store.findParties(tx, locked.id)).map((p) => p.orgId);
          await notifications.notify(
            tx,
            ...toParties(locked, partyIds, { roles: ['admin'], kind: 'mou_expiring', title: `MoU ${locked.reference} berakhir ${locked.endDate}`, body: `MoU "${locked.title}" berakhir pada ${locked.endDate} (≤ ${Math.min(...claimed)} hari lagi). Bicarakan perpanjangan dengan para pihak.` }),
          );
          result.reminded++;
        });
      }
      return result;
    },
  };
}
