import type { Actor } from '../../core/actor';
import { forbidden, notFound, unprocessable } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { assertParty, notFoundOf, RULES } from './access';
import type { ApplicationService } from './application-service';
import type { FinanceLookups } from './lookups';
import * as store from './store';

export interface ReviewInput {
  checklist: { item: string; ok: boolean; note?: string | null }[];
  recommendation: 'approve' | 'reject';
  notes?: string | null;
}

export type ReviewService = ReturnType<typeof createReviewService>;

/** The closed-loop checks: the buyer confirms the backing, the lender's analyst reviews, the approver decides. */
export function createReviewService(deps: Deps, audit: AuditService, lookups: FinanceLookups, applications: ApplicationService) {
  const { db, clock } = deps;

  return {
    /** The buyer (initiator of the MoU / issuer of the PO) confirms or disputes one backing. */
    async confirm(actor: Actor, id: string, input: { underlyingId: string; confirmed: boolean; note?: string | null }) {
      return db.transaction(async (tx) => {
        const { app, underlyings } = await applications.loadVisible(tx, actor, id, true);
        const u = underlyings.find((x) => x.id === input.underlyingId);
        if (!u || (actor.type !== 'system' && u.buyerOrgId !== actor.orgId)) {
          throw notFound('finance.underlying_not_found', 'Dasar pembiayaan tidak ditemukan.', { field: 'underlyingId' });
        }
        assertParty(actor, RULES.buyerConfirmer, [u.buyerOrgId], notFoundOf('application', id));
        if (app.status !== 'submitted') throw unprocessable('finance.application_not_submitted', 'Konfirmasi hanya untuk pengajuan yang sedang diproses.', { status: app.status });
        const confirmation = input.confirmed ? 'confirmed' : 'rejected';
        await store.updateUnderlyingRow(tx, u.id, { confirmation, confirmedAt: clock.now(), confirmedBy: actor.userId, confirmationNote: input.note ?? null });
        await audit.record(tx, actor, {
          action: 'finance.underlying_confirmed',
          entityType: 'credit_application',
          entityId: id,
          orgId: app.ikmOrgId,
          before: { underlying: u.reference, confirmation: u.confirmation },
          after: { underlying: u.reference, confirmation, note: input.note ?? null },
        });
        const fresh = await store.findUnderlyings(tx, id);
        return applications.view(tx, actor, app, fresh);
      });
    },

    /** The analyst's review: checklist and recommendation; the IKM's scorecard, mentoring level and existing exposure are attached. */
    async review(actor: Actor, id: string, input: ReviewInput) {
      // What other areas know of the IKM is read before the transaction (their services use their own connection).
      const peek = await applications.loadVisible(db, actor, id);
      assertParty(actor, RULES.analyst, [peek.app.lenderOrgId], notFoundOf('application', id));
      const scorecard = await lookups.parties.scorecardOf(db, peek.app.ikmOrgId);
      const mentoringLevel = await lookups.parties.mentoringLevelOf(db, peek.app.ikmOrgId);
      return db.transaction(async (tx) => {
        const { app, underlyings } = await applications.loadVisible(tx, actor, id, true);
        assertParty(actor, RULES.analyst, [app.lenderOrgId], notFoundOf('application', id));
        if (app.status !== 'submitted') throw unprocessable('finance.application_not_submitted', 'Hanya pengajuan yang sudah diajukan yang dapat dianalisis.', { status: app.status });
        const withLender = await store.exposure(tx, app.ikmOrgId, app.lenderOrgId);
        const total = await store.exposure(tx, app.ikmOrgId);
        const row = {
          id: newId(),
          applicationId: id,
          analystUserId: actor.userId,
          checklist: input.checklist,
          scorecard,
          mentoringLevel,
          exposureWithLender: withLender.toString(),
          exposureTotal: total.toString(),
          recommendation: input.recommendation,
          notes: input.notes ?? null,
          reviewedAt: clock.now(),
        };
        await store.insertReview(tx, row);
        await audit.record(tx, actor, { action: 'finance.application_reviewed', entityType: 'credit_application', entityId: id, orgId: app.lenderOrgId, after: row });
        return applications.view(tx, actor, app, underlyings);
      });
    },

    /** The approver's decision with reasons. Approval needs a review and every backing confirmed by its buyer. */
    async decide(actor: Actor, id: string, input: { decision: 'approved' | 'rejected'; reasons: string[] }) {
      return db.transaction(async (tx) => {
        const { app, underlyings } = await applications.loadVisible(tx, actor, id, true);
        assertParty(actor, RULES.approver, [app.lenderOrgId], notFoundOf('application', id));
        if (app.status !== 'submitted') throw unprocessable('finance.application_not_submitted', 'Keputusan hanya untuk pengajuan yang sedang diproses.', { status: app.status });
        if (!input.reasons.length) throw unprocessable('finance.reasons_required', 'Sebutkan alasan keputusan.', { field: 'reasons' });
        const review = await store.latestReview(tx, id);
        if (input.decision === 'approved') {
          if (!review) throw unprocessable('finance.review_required', 'Pengajuan belum dianalisis oleh analis.', { field: 'decision' });
          if (review.analystUserId && review.analystUserId === actor.userId) throw forbidden('finance.four_eyes', 'Analis dan pemutus harus orang yang berbeda.');
          const pending = underlyings.filter((u) => u.confirmation !== 'confirmed');
          if (pending.length) {
            throw unprocessable('finance.buyer_confirmation_pending', `Pembeli belum mengonfirmasi: ${pending.map((u) => u.reference).join(', ')}.`, { field: 'underlyings', pending: pending.map((u) => u.reference) });
          }
        }
        if (input.decision === 'rejected') await applications.release(tx, underlyings);
        const now = clock.now();
        const [after] = await store.updateApplicationRow(tx, id, { status: input.decision, decidedAt: now, decidedBy: actor.userId, decisionReasons: input.reasons, updatedAt: now });
        await audit.record(tx, actor, {
          action: `finance.application_${input.decision}`,
          entityType: 'credit_application',
          entityId: id,
          orgId: app.ikmOrgId,
          before: { status: app.status },
          after: { status: input.decision, reasons: input.reasons },
        });
        return applications.view(tx, actor, after!, underlyings);
      });
    },
  };
}
