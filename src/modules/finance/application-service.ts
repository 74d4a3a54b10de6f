import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { notFound, unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type Page, type PageQuery } from '../../core/pagination';
import type { Rupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { ALL, assertParty, assertVisible, isProgramme, notFoundOf, orgNames, RULES } from './access';
import { financeableCap, splitAcrossBackings, type Backing } from './domain/financing-cap';
import { pipelineStage, type AkadStatus, type ApplicationStatus } from './domain/pipeline';
import { checkRequestAgainstProduct } from './domain/product-rules';
import type { FinanceLookups } from './lookups';
import { productTerms } from './product-service';
import * as store from './store';

export interface ApplicationInput {
  productId: string;
  amount: Rupiah;
  tenorMonths?: number | null;
  repaidOn?: string | null;
  graceMonths?: number | null;
  purpose: string;
  documents: { kind: string; name: string; url?: string | null }[];
  underlyings: { kind: 'po' | 'mou'; id: string; amount?: Rupiah | null }[];
}

/** PO statuses that cannot back new financing. */
const PO_NOT_FINANCEABLE = new Set(['draft', 'cancelled', 'rejected', 'paid', 'closed']);
const MOU_FINANCEABLE = new Set(['signed', 'active']);

export type ApplicationService = ReturnType<typeof createApplicationService>;

export function createApplicationService(deps: Deps, audit: AuditService, lookups: FinanceLookups) {
  const { db, clock } = deps;

  /** An application the caller may see: lender, IKM, a buyer of one of its backings (not drafts), programme. */
  async function loadVisible(x: Executor, actor: Actor, id: string, lock = false) {
    const app = await store.findApplication(x, id, lock);
    const hidden = notFoundOf('application', id);
    if (!app) throw hidden();
    const underlyings = await store.findUnderlyings(x, id);
    const buyers = app.status === 'draft' ? [] : underlyings.map((u) => u.buyerOrgId);
    assertVisible(actor, [app.lenderOrgId, app.ikmOrgId, ...buyers], hidden);
    return { app, underlyings };
  }

  async function resolveBackings(x: Executor, actor: Actor, input: ApplicationInput) {
    const out: { kind: 'po' | 'mou'; id: string; reference: string; buyerOrgId: string; value: bigint; requested?: bigint }[] = [];
    for (const [i, u] of input.underlyings.entries()) {
      const field = `underlyings.${i}.id`;
      const missing = () => notFound('finance.underlying_not_found', u.kind === 'po' ? 'PO tidak ditemukan.' : 'MoU tidak ditemukan.', { field, id: u.id });
      if (u.kind === 'po') {
        const po = await lookups.underlying.findPo(x, u.id);
        if (!po || po.ikmOrgId !== actor.orgId) throw missing();
        if (PO_NOT_FINANCEABLE.has(po.status)) throw unprocessable('finance.po_not_financeable', `PO ${po.reference} berstatus ${po.status} dan tidak dapat dibiayai.`, { field });
        out.push({ kind: 'po', id: po.id, reference: po.reference, buyerOrgId: po.buyerOrgId, value: po.value, requested: u.amount ?? undefined });
      } else {
        const mou = await lookups.underlying.findMou(x, u.id);
        const mine = mou?.ikm.find((p) => p.orgId === actor.orgId);
        if (!mou || !mine) throw missing();
        if (!MOU_FINANCEABLE.has(mou.status)) throw unprocessable('finance.mou_not_active', `MoU ${mou.reference} belum ditandatangani semua pihak.`, { field });
        out.push({ kind: 'mou', id: mou.id, reference: mou.reference, buyerOrgId: mou.buyerOrgId, value: mine.value, requested: u.amount ?? undefined });
      }
    }
    if (new Set(out.map((o) => `${o.kind}:${o.id}`)).size !== out.length) throw unprocessable('finance.underlying_duplicate', 'PO/MoU yang sama tercantum lebih dari sekali.', { field: 'underlyings' });
    return out;
  }

  async function view(x: Executor, actor: Actor, app: store.ApplicationRow, underlyings: store.UnderlyingRow[]) {
    const akad = await store.findAkadByApplication(x, app.id);
    const seesReview = isProgramme(actor) || actor.orgId === app.lenderOrgId;
    const review = seesReview ? await store.latestReview(x, app.id) : null;
    const names = await orgNames(x, [app.lenderOrgId, app.ikmOrgId, ...underlyings.map((u) => u.buyerOrgId)]);
    return {
      ...app,
      amount: BigInt(app.amount),
      lenderName: names.get(app.lenderOrgId) ?? '',
      ikmName: names.get(app.ikmOrgId) ?? '',
      stage: pipelineStage(app.status as ApplicationStatus, (akad?.status ?? null) as AkadStatus | null),
      underlyings: underlyings.map((u) => ({ ...u, value: BigInt(u.value), financedAmount: BigInt(u.financedAmount), buyerName: names.get(u.buyerOrgId) ?? '' })),
      review: review ? { ...review, exposureWithLender: BigInt(review.exposureWithLender), exposureTotal: BigInt(review.exposureTotal) } : null,
      akad: akad ? { id: akad.id, reference: akad.reference, status: akad.status } : null,
    };
  }

  /** Releases the PO reservations an application held (rejected or withdrawn). */
  async function release(tx: Executor, underlyings: store.UnderlyingRow[]) {
    const pos = underlyings.filter((u) => u.kind === 'po');
    await store.lockPoReservations(tx, pos.map((u) => ({ poId: u.refId, poValue: BigInt(u.value) })), clock.now());
    for (const u of pos) await store.changeReservation(tx, u.refId, -BigInt(u.financedAmount), clock.now());
  }

  return {
    loadVisible,
    view,
    release,

    async create(actor: Actor, input: ApplicationInput) {
      authorize(actor, { ...RULES.ikmApplicant, relation: 'any' });
      const product = await store.findProduct(db, input.productId);
      if (!product || !product.isActive) throw notFound('finance.product_not_found', 'Produk kredit tidak ditemukan.', { field: 'productId' });
      const terms = productTerms(product);
      checkRequestAgainstProduct(terms, input, today(clock));
      if (!input.underlyings.length) throw unprocessable('finance.underlying_required', 'Sertakan minimal satu PO atau MoU sebagai dasar pembiayaan.', { field: 'underlyings' });
      const backings = await resolveBackings(db, actor, input);
      if (terms.kind === 'bullet' && !backings.some((b) => b.kind === 'po')) {
        throw unprocessable('finance.po_required', 'Pembiayaan PO (bullet) harus didasarkan pada PO.', { field: 'underlyings' });
      }
      const id = newId();
      const now = clock.now();
      await db.transaction(async (tx) => {
        // No double financing: lock each PO's reservation row, then check and reserve within its cap.
        const locked = await store.lockPoReservations(tx, backings.filter((b) => b.kind === 'po').map((b) => ({ poId: b.id, poValue: b.value })), now);
        const avail: Backing[] = backings.map((b) => {
          const key = `${b.kind}:${b.id}`;
          if (b.kind === 'mou') return { key, available: b.value, requested: b.requested };
          const reserved = BigInt(locked.get(b.id)!.reserved);
          const cap = financeableCap(b.value, product.financeableShare);
          return { key, available: cap > reserved ? cap - reserved : 0n, requested: b.requested };
        });
        const split = splitAcrossBackings(input.amount, avail);
        const year = Number(today(clock).slice(0, 4));
        const reference = formatReference('KRD', year, await store.nextSequence(tx, 'KRD', year), 6);
        await store.insertApplication(tx, {
          id,
          reference,
          productId: product.id,
          lenderOrgId: product.lenderOrgId,
          ikmOrgId: actor.orgId,
          amount: input.amount.toString(),
          tenorMonths: input.tenorMonths ?? null,
          repaidOn: input.repaidOn ?? null,
          graceMonths: input.graceMonths ?? 0,
          purpose: input.purpose,
          documents: input.documents,
          status: 'draft',
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        const rows = backings.map((b) => ({
          id: newId(),
          applicationId: id,
          kind: b.kind,
          refId: b.id,
          reference: b.reference,
          buyerOrgId: b.buyerOrgId,
          value: b.value.toString(),
          financedAmount: (split.get(`${b.kind}:${b.id}`) ?? 0n).toString(),
        }));
        await store.insertUnderlyings(tx, rows);
        for (const r of rows) if (r.kind === 'po' && r.financedAmount !== '0') await store.changeReservation(tx, r.refId, BigInt(r.financedAmount), now);
        await audit.record(tx, actor, { action: 'finance.application_created', entityType: 'credit_application', entityId: id, orgId: actor.orgId, after: { reference, ...input, underlyings: rows } });
      });
      const { app, underlyings } = await loadVisible(db, actor, id);
      return view(db, actor, app, underlyings);
    },

    async submit(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const { app, underlyings } = await loadVisible(tx, actor, id, true);
        assertParty(actor, RULES.ikmApplicant, [app.ikmOrgId], notFoundOf('application', id));
        if (app.status !== 'draft') throw unprocessable('finance.application_not_draft', 'Hanya pengajuan berstatus draf yang dapat diajukan.', { status: app.status });
        const product = (await store.findProduct(tx, app.productId))!;
        const given = new Set(app.documents.map((d) => d.kind));
        const missing = product.requiredDocuments.filter((d) => !given.has(d));
        if (missing.length) throw unprocessable('finance.documents_missing', `Dokumen wajib belum dilampirkan: ${missing.join(', ')}.`, { field: 'documents', missing });
        const [after] = await store.updateApplicationRow(tx, id, { status: 'submitted', submittedAt: clock.now(), updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'finance.application_submitted', entityType: 'credit_application', entityId: id, orgId: app.ikmOrgId, before: { status: app.status }, after: { status: 'submitted' } });
        return view(tx, actor, after!, underlyings);
      });
    },

    async withdraw(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const { app, underlyings } = await loadVisible(tx, actor, id, true);
        assertParty(actor, RULES.ikmApplicant, [app.ikmOrgId], notFoundOf('application', id));
        if (!['draft', 'submitted', 'approved'].includes(app.status)) throw unprocessable('finance.application_not_withdrawable', 'Pengajuan ini tidak dapat ditarik lagi.', { status: app.status });
        await release(tx, underlyings);
        const [after] = await store.updateApplicationRow(tx, id, { status: 'withdrawn', updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'finance.application_withdrawn', entityType: 'credit_application', entityId: id, orgId: app.ikmOrgId, before: { status: app.status }, after: { status: 'withdrawn' } });
        return view(tx, actor, after!, underlyings);
      });
    },

    async get(actor: Actor, id: string) {
      const { app, underlyings } = await loadVisible(db, actor, id);
      return view(db, actor, app, underlyings);
    },

    async list(actor: Actor, q: PageQuery & { status?: string; lenderId?: string; ikmId?: string }): Promise<Page<Record<string, unknown>>> {
      authorize(actor, { kinds: ALL, relation: 'any' });
      const kind = actor.type === 'system' ? 'programme' : actor.orgKind;
      const f = {
        lenderOrgId: kind === 'lender' ? actor.orgId : kind === 'programme' ? q.lenderId : undefined,
        ikmOrgId: kind === 'ikm' ? actor.orgId : kind === 'programme' ? q.ikmId : undefined,
        buyerOrgId: kind === 'buyer' || kind === 'mentor' ? actor.orgId : undefined,
        status: q.status,
        limit: q.pageSize,
        offset: pageOffset(q),
      };
      const { rows, total } = await store.listApplications(db, f);
      const names = await orgNames(db, rows.flatMap((r) => [r.application.lenderOrgId, r.application.ikmOrgId]));
      const items = rows.map((r) => ({
        ...r.application,
        amount: BigInt(r.application.amount),
        lenderName: names.get(r.application.lenderOrgId) ?? '',
        ikmName: names.get(r.application.ikmOrgId) ?? '',
        stage: pipelineStage(r.application.status as ApplicationStatus, (r.akadStatus ?? null) as AkadStatus | null),
        akad: r.akadId ? { id: r.akadId, reference: r.akadReference!, status: r.akadStatus! } : null,
      }));
      return { items, page: q.page, pageSize: q.pageSize, total };
    },
  };
}

