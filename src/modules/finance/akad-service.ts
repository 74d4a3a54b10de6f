import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { conflict, unprocessable } from '../../core/errors';
import { isIsoDate } from '../../core/dates';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { ALL, assertParty, assertVisible, notFoundOf, requestHash, RULES } from './access';
import { akadTerms, currentInstalments, loadAkadView } from './akad-view';
import type { ApplicationService } from './application-service';
import { buildAkadSchedule, rescheduleAkad } from './domain/akad-schedule';
import { disbursementEntry, writeOffEntry } from './domain/ledger';
import type { LoanMethod } from './domain/loan-schedule';
import * as store from './store';

export interface RestructureInput {
  annualRate?: string;
  method?: LoanMethod;
  tenorMonths?: number | null;
  repaidOn?: string | null;
  reason: string;
}

export type AkadService = ReturnType<typeof createAkadService>;

export function createAkadService(deps: Deps, audit: AuditService, applications: ApplicationService) {
  const { db, clock } = deps;

  /** Lender, IKM and programme staff see an akad; anyone else gets 404. */
  async function loadVisible(x: Executor, actor: Actor, id: string, lock = false) {
    const akad = await store.findAkad(x, id, lock);
    const hidden = notFoundOf('akad', id);
    if (!akad) throw hidden();
    assertVisible(actor, [akad.lenderOrgId, akad.ikmOrgId], hidden);
    return akad;
  }

  /** Runs `fn` once per idempotency key: a repeat (also a concurrent one, which waits) gets the akad as it is now. */
  async function once(tx: Executor, scope: string, key: string | null, body: unknown, fn: () => Promise<void>): Promise<void> {
    if (!key) return fn();
    const claim = await store.claimIdempotencyKey(tx, `${scope}:${key}`, scope, requestHash(body), clock.now());
    if (!claim.fresh) {
      if (claim.requestHash !== requestHash(body)) throw conflict('finance.idempotency_conflict', 'Kunci idempotensi sudah dipakai untuk permintaan lain.', { field: 'Idempotency-Key' });
      return;
    }
    await fn();
    await store.saveIdempotentResponse(tx, `${scope}:${key}`, { done: true });
  }

  const view = (x: Executor, a: store.AkadRow) => loadAkadView(x, a, today(clock));

  return {
    loadVisible,

    /** Draws up the akad of an approved application: reference AKAD-YYYY-NNNN, terms copied, awaiting both signatures. */
    async create(actor: Actor, applicationId: string, input: { plannedDisbursementOn: string }) {
      const id = newId();
      await db.transaction(async (tx) => {
        const { app, underlyings } = await applications.loadVisible(tx, actor, applicationId, true);
        assertParty(actor, RULES.lenderOfficer, [app.lenderOrgId], notFoundOf('application', applicationId));
        if (app.status !== 'approved') throw unprocessable('finance.application_not_approved', 'Akad hanya dapat dibuat dari pengajuan yang disetujui.', { status: app.status });
        const planned = input.plannedDisbursementOn;
        if (!isIsoDate(planned) || planned < today(clock)) throw unprocessable('finance.disbursement_date_invalid', 'Rencana tanggal pencairan harus hari ini atau sesudahnya.', { field: 'plannedDisbursementOn' });
        if (app.repaidOn && app.repaidOn <= planned) throw unprocessable('finance.disbursement_date_invalid', 'Rencana pencairan harus sebelum tanggal pelunasan.', { field: 'plannedDisbursementOn' });
        const product = (await store.findProduct(tx, app.productId))!;
        const now = clock.now();
        const year = Number(today(clock).slice(0, 4));
        const existing = (await store.listEscrowAccounts(tx, { ikmOrgId: app.ikmOrgId, lenderOrgId: app.lenderOrgId }))[0];
        const escrow =
          existing ??
          (await store.ensureEscrowAccount(tx, { id: newId(), ikmOrgId: app.ikmOrgId, lenderOrgId: app.lenderOrgId, accountNo: `8808${String(await store.nextSequence(tx, 'ESCROW', 0)).padStart(8, '0')}`, createdAt: now }));
        const primary = [...underlyings].sort((a, b) => (BigInt(b.financedAmount) > BigInt(a.financedAmount) ? 1 : -1))[0]!;
        const reference = formatReference('AKAD', year, await store.nextSequence(tx, 'AKAD', year), 4);
        const row = {
          id,
          reference,
          applicationId,
          productId: app.productId,
          lenderOrgId: app.lenderOrgId,
          ikmOrgId: app.ikmOrgId,
          buyerOrgId: primary.buyerOrgId,
          escrowAccountId: escrow.id,
          principal: app.amount,
          annualRate: product.annualRate,
          method: product.method,
          tenorMonths: app.tenorMonths,
          repaidOn: app.repaidOn,
          graceMonths: app.graceMonths,
          penaltyRate: product.penaltyRate,
          plannedDisbursementOn: planned,
          status: 'awaiting_signatures',
          createdAt: now,
          updatedAt: now,
        };
        buildAkadSchedule(akadTerms(row as store.AkadRow), planned); // refuses terms the schedule rules reject, before anything is stored
        await store.insertAkad(tx, row);
        await store.updateApplicationRow(tx, applicationId, { status: 'contracted', updatedAt: now });
        await audit.record(tx, actor, { action: 'finance.akad_created', entityType: 'akad', entityId: id, orgId: app.ikmOrgId, after: row });
      });
      return view(db, (await store.findAkad(db, id))!);
    },

    /** A signature of one side (the lender's approver or admin; the IKM's admin). The second one fixes the schedule (version 1). */
    async sign(actor: Actor, id: string, key: string | null) {
      await db.transaction(async (tx) => {
        const akad = await loadVisible(tx, actor, id, true);
        const lenderSide = actor.orgId === akad.lenderOrgId;
        assertParty(actor, lenderSide ? RULES.lenderOfficer : RULES.ikmSignatory, [lenderSide ? akad.lenderOrgId : akad.ikmOrgId], notFoundOf('akad', id));
        await once(tx, `akad.sign:${id}:${actor.orgId}`, key, { id }, async () => {
          const already = lenderSide ? akad.lenderSignedAt : akad.ikmSignedAt;
          if (already) return;
          if (akad.status !== 'awaiting_signatures') throw unprocessable('finance.akad_not_signable', 'Akad ini tidak menunggu tanda tangan.', { status: akad.status });
          const now = clock.now();
          const set = lenderSide ? { lenderSignedAt: now, lenderSignedBy: actor.userId } : { ikmSignedAt: now, ikmSignedBy: actor.userId };
          const both = lenderSide ? akad.ikmSignedAt !== null : akad.lenderSignedAt !== null;
          if (both) {
            const rows = buildAkadSchedule(akadTerms(akad), akad.plannedDisbursementOn);
            await store.insertScheduleVersion(tx, { id: newId(), akadId: id, version: 1, reason: 'signing', terms: { ...akadTerms(akad), principal: akad.principal, disbursedOn: akad.plannedDisbursementOn }, createdBy: actor.userId, createdAt: now });
            await store.insertInstalments(tx, id, 1, rows);
          }
          await store.updateAkadRow(tx, id, { ...set, ...(both ? { status: 'signed', signedAt: now, currentVersion: 1 } : {}), updatedAt: now });
          await audit.record(tx, actor, { action: 'finance.akad_signed', entityType: 'akad', entityId: id, orgId: akad.ikmOrgId, after: { side: lenderSide ? 'lender' : 'ikm', complete: both } });
        });
      });
      return view(db, (await store.findAkad(db, id))!);
    },

    /** Disbursement (pencairan) to the IKM's account: journal entry loan principal ↑ / lender cash ↓. */
    async disburse(actor: Actor, id: string, input: { disbursedOn?: string | null; account?: string | null }, key: string | null) {
      await db.transaction(async (tx) => {
        const akad = await loadVisible(tx, actor, id, true);
        assertParty(actor, RULES.lenderOfficer, [akad.lenderOrgId], notFoundOf('akad', id));
        await once(tx, `akad.disburse:${id}`, key, { id, ...input }, async () => {
          if (akad.status !== 'signed') throw unprocessable('finance.akad_not_disbursable', akad.status === 'disbursed' ? 'Akad ini sudah dicairkan.' : 'Akad harus ditandatangani kedua pihak sebelum dicairkan.', { status: akad.status });
          const on = input.disbursedOn ?? today(clock);
          if (!isIsoDate(on) || on > today(clock)) throw unprocessable('finance.disbursement_date_invalid', 'Tanggal pencairan tidak boleh di masa depan.', { field: 'disbursedOn' });
          const parties = { lenderOrgId: akad.lenderOrgId, ikmOrgId: akad.ikmOrgId };
          const now = clock.now();
          await store.insertJournal(tx, [disbursementEntry({ ...parties, akadId: id, principal: BigInt(akad.principal), memo: `Pencairan ${akad.reference}` })], { ...parties, occurredOn: on, createdAt: now });
          await store.updateAkadRow(tx, id, { status: 'disbursed', disbursedOn: on, disbursedAt: now, disbursementAccount: input.account ?? null, updatedAt: now });
          await audit.record(tx, actor, { action: 'finance.akad_disbursed', entityType: 'akad', entityId: id, orgId: akad.ikmOrgId, after: { disbursedOn: on, principal: akad.principal } });
        });
      });
      return view(db, (await store.findAkad(db, id))!);
    },

    /** Restructuring: a new schedule version for the outstanding principal with new terms; the old versions stay as history. */
    async restructure(actor: Actor, id: string, input: RestructureInput) {
      await db.transaction(async (tx) => {
        const peek = await loadVisible(tx, actor, id);
        assertParty(actor, RULES.approver, [peek.lenderOrgId], notFoundOf('akad', id));
        await store.findEscrowAccount(tx, peek.escrowAccountId, true);
        const akad = (await store.findAkad(tx, id, true))!;
        if (akad.status !== 'disbursed') throw unprocessable('finance.akad_not_active', 'Hanya akad yang sudah dicairkan dan belum lunas yang dapat direstrukturisasi.', { status: akad.status });
        const method = input.method ?? (akad.method as LoanMethod);
        const newTerms = { annualRate: input.annualRate ?? akad.annualRate, method, tenorMonths: method === 'bullet' ? undefined : (input.tenorMonths ?? undefined), repaidOn: method === 'bullet' ? (input.repaidOn ?? undefined) : undefined, graceMonths: 0 };
        const outstanding = (await store.balances(tx, { akadId: id })).get('loan_principal') ?? 0n;
        const startOn = today(clock);
        const rows = rescheduleAkad({ current: await currentInstalments(tx, akad), outstanding, oldTerms: { annualRate: akad.annualRate, method: akad.method as LoanMethod }, disbursedOn: akad.disbursedOn!, newTerms, startOn });
        const version = akad.currentVersion + 1;
        const now = clock.now();
        await store.insertScheduleVersion(tx, { id: newId(), akadId: id, version, reason: 'restructuring', terms: { ...newTerms, outstanding: outstanding.toString(), startOn }, note: input.reason, createdBy: actor.userId, createdAt: now });
        await store.insertInstalments(tx, id, version, rows);
        const set = { annualRate: rows.length ? newTerms.annualRate : akad.annualRate, method, tenorMonths: newTerms.tenorMonths ?? null, repaidOn: newTerms.repaidOn ?? null, graceMonths: 0, currentVersion: version, updatedAt: now };
        await store.updateAkadRow(tx, id, set);
        await audit.record(tx, actor, { action: 'finance.akad_restructured', entityType: 'akad', entityId: id, orgId: akad.ikmOrgId, before: { version: akad.currentVersion, terms: akadTerms(akad) }, after: { version, ...newTerms, reason: input.reason } });
      });
      return view(db, (await store.findAkad(db, id))!);
    },

    /** Write-off (hapus buku) of what is still owed: principal and accrued penalty leave the books by journal entry. */
    async writeOff(actor: Actor, id: string, input: { reason: string }) {
      await db.transaction(async (tx) => {
        const peek = await loadVisible(tx, actor, id);
        assertParty(actor, RULES.approver, [peek.lenderOrgId], notFoundOf('akad', id));
        await store.findEscrowAccount(tx, peek.escrowAccountId, true);
        const akad = (await store.findAkad(tx, id, true))!;
        if (akad.status !== 'disbursed') throw unprocessable('finance.akad_not_active', 'Hanya akad berjalan yang dapat dihapusbukukan.', { status: akad.status });
        const bal = await store.balances(tx, { akadId: id });
        const parties = { lenderOrgId: akad.lenderOrgId, ikmOrgId: akad.ikmOrgId };
        const now = clock.now();
        const principal = bal.get('loan_principal') ?? 0n;
        const penalty = bal.get('penalty_receivable') ?? 0n;
        if (principal + penalty > 0n) {
          await store.insertJournal(tx, [writeOffEntry({ ...parties, akadId: id, principal, penalty, memo: `Hapus buku ${akad.reference}: ${input.reason}` })], { ...parties, occurredOn: today(clock), createdAt: now });
        }
        await store.updateAkadRow(tx, id, { status: 'written_off', closedOn: today(clock), updatedAt: now });
        await audit.record(tx, actor, { action: 'finance.akad_written_off', entityType: 'akad', entityId: id, orgId: akad.ikmOrgId, after: { principal, penalty, reason: input.reason } });
      });
      return view(db, (await store.findAkad(db, id))!);
    },

    async get(actor: Actor, id: string) {
      return view(db, await loadVisible(db, actor, id));
    },

    async schedule(actor: Actor, id: string, version: number) {
      const akad = await loadVisible(db, actor, id);
      const rows = (await store.findInstalments(db, id, version)).map(store.toStored);
      return { akadId: id, reference: akad.reference, version, current: version === akad.currentVersion, instalments: rows };
    },

    async journal(actor: Actor, id: string) {
      await loadVisible(db, actor, id);
      return store.entriesWithLines(db, { akadId: id });
    },

    async list(actor: Actor, q: PageQuery & { status?: string; lenderId?: string; ikmId?: string }) {
      authorize(actor, { kinds: ALL, relation: 'any' });
      const kind = actor.type === 'system' ? 'programme' : actor.orgKind;
      if (kind === 'buyer' || kind === 'mentor') return { items: [], page: q.page, pageSize: q.pageSize, total: 0 };
      const { rows, total } = await store.listAkads(db, {
        lenderOrgId: kind === 'lender' ? actor.orgId : kind === 'programme' ? q.lenderId : undefined,
        ikmOrgId: kind === 'ikm' ? actor.orgId : kind === 'programme' ? q.ikmId : undefined,
        status: q.status,
        limit: q.pageSize,
        offset: pageOffset(q),
      });
      const items = await Promise.all(rows.map(async (r) => {
        const { schedule: _s, versions: _v, ...rest } = await view(db, r);
        return rest;
      }));
      return { items, page: q.page, pageSize: q.pageSize, total };
    },
  };
}
