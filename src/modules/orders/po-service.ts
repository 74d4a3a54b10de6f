import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { conflict, unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import { parseRupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import type { NotificationService } from '../notifications';
import { assertParty, businessYear, poLink } from './common';
import { DEFAULT_PPN_RATE_BP, documentTotals, lineAmount, percentToBasisPoints } from './domain/money';
import { assertPoAction, cumulative, validateLineChanges, validateLines, type LineInput, type PoStatus } from './domain/po-rules';
import { buildPoView, loadPoView } from './po-view';
import * as store from './store-po';

export interface PoHeaderInput {
  orderDate?: string;
  paymentTermsDays?: number;
  /** Percent, e.g. "11" (default) or "12". */
  ppnRate?: string;
  deliveryAddress?: string | null;
  notes?: string | null;
  mouId?: string | null;
  projectId?: string | null;
}

export interface PoInput extends PoHeaderInput {
  ikmOrgId: string;
  lines: LineInput[];
}

const BUYER_EDITOR = { kinds: ['buyer'] as const, roles: ['admin', 'staff'] as const, programmeOverride: false };
const IKM_EDITOR = { kinds: ['ikm'] as const, roles: ['admin', 'staff'] as const, programmeOverride: false };

export function createPoService(deps: Deps, audit: AuditService, notifications: NotificationService) {
  const { db, clock } = deps;

  async function loadPo(actor: Actor, id: string, x: Executor = db, forUpdate = false) {
    const po = await store.findPo(x, id, forUpdate);
    assertParty(actor, po, 'orders.po_not_found', 'PO', id);
    return po;
  }

  const view = async (id: string) => loadPoView(db, (await store.findPo(db, id))!);

  /** Writes lines and schedules (new PO, edit or revision). Existing lines keep their number; schedules are rebuilt. */
  async function writeLines(x: Executor, po: store.PoRow, next: LineInput[], existing: store.PoLineRow[]) {
    const oldSchedules = existing.length ? await store.findSchedules(x, po.id) : [];
    if (existing.length) {
      await store.deleteSchedulesOf(x, existing.map((l) => l.id));
      await store.deleteLinesExcept(x, po.id, next.flatMap((l) => (l.id ? [l.id] : [])));
    }
    let lineNo = existing.reduce((m, l) => Math.max(m, l.lineNo), 0);
    const byId = new Map(existing.map((l) => [l.id, l]));
    const inserts: Parameters<typeof store.insertLines>[1] = [];
    const schedules: Parameters<typeof store.insertLines>[2] = [];
    const fallbackDate = today(clock);
    for (const l of next) {
      const old = l.id ? byId.get(l.id) : undefined;
      const id = old?.id ?? newId();
      const fields = { partNumber: l.partNumber, partName: l.partName, uom: l.uom, quantity: l.quantity, unitPrice: l.unitPrice.toString(), amount: lineAmount(l.quantity, l.unitPrice).toString() };
      if (old) await store.updateLine(x, id, fields);
      else inserts.push({ id, poId: po.id, lineNo: ++lineNo, ...fields });
      const accepted = old?.acceptedQty ?? 0;
      const lastFulfilled = oldSchedules.filter((s) => s.poLineId === id && s.fulfilledOn).map((s) => s.fulfilledOn!).sort().pop() ?? fallbackDate;
      cumulative(l.schedule).forEach((cum, seq) =>
        schedules.push({ id: newId(), poLineId: id, poId: po.id, buyerOrgId: po.buyerOrgId, ikmOrgId: po.ikmOrgId, seq, dueDate: l.schedule[seq]!.date, quantity: l.schedule[seq]!.quantity, cumQuantity: cum, fulfilledOn: cum <= accepted ? lastFulfilled : null }),
      );
    }
    await store.insertLines(x, inserts, schedules);
    return { inserts, schedules };
  }

  async function applyChanges(actor: Actor, id: string, patch: PoHeaderInput & { lines?: LineInput[] }, mode: 'edit' | 'revise', reason?: string) {
    await loadPo(actor, id);
    return db.transaction(async (tx) => {
      const po = (await loadPo(actor, id, tx, true))!;
      authorize(actor, BUYER_EDITOR, { parties: [po.buyerOrgId] });
      assertPoAction(po.status as PoStatus, mode);
      const existing = await store.findLines(tx, id);
      const orderDate = patch.orderDate ?? po.orderDate;
      const lines: LineInput[] = patch.lines ?? existing.map((l) => ({ id: l.id, partNumber: l.partNumber, partName: l.partName, uom: l.uom, quantity: l.quantity, unitPrice: parseRupiah(l.unitPrice), schedule: [] }));
      if (patch.lines) {
        validateLines(patch.lines, orderDate);
        validateLineChanges(existing.map((l) => ({ ...l, unitPrice: parseRupiah(l.unitPrice) })), patch.lines);
      } else if (patch.orderDate && patch.orderDate !== po.orderDate) {
        const first = (await store.findSchedules(tx, id)).map((s) => s.dueDate).sort()[0];
        if (first && first < orderDate) throw unprocessable('orders.dates_out_of_order', 'Tanggal PO tidak boleh setelah jadwal kirim.', { field: 'orderDate' });
      }
      const rateBp = patch.ppnRate !== undefined ? percentToBasisPoints(patch.ppnRate) : po.ppnRateBp;
      const totals = documentTotals(lines, rateBp);
      const before = { ...po, lines: existing, schedules: await store.findSchedules(tx, id) };
      if (mode === 'revise') {
        await store.insertRevision(tx, { id: newId(), poId: id, revision: po.revision + 1, reason: reason!, previous: JSON.parse(JSON.stringify(before)), changedBy: actor.userId, changedAt: clock.now() });
      }
      if (patch.lines) await writeLines(tx, po, patch.lines, existing);
      const [after] = await store.updatePo(tx, id, {
        orderDate,
        paymentTermsDays: patch.paymentTermsDays ?? po.paymentTermsDays,
        ppnRateBp: rateBp,
        deliveryAddress: patch.deliveryAddress !== undefined ? patch.deliveryAddress : po.deliveryAddress,
        notes: patch.notes !== undefined ? patch.notes : po.notes,
        subtotal: totals.subtotal.toString(),
        ppnAmount: totals.ppn.toString(),
        total: totals.total.toString(),
        ...(mode === 'revise' ? { revision: po.revision + 1, status: 'issued', issuedAt: clock.now(), answeredAt: null, answeredBy: null, answerNote: null } : {}),
        updatedAt: clock.now(),
      });
      await audit.record(tx, actor, { action: mode === 'revise' ? 'orders.po_revised' : 'orders.po_updated', entityType: 'purchase_order', entityId: id, orgId: po.buyerOrgId, before: { revision: po.revision, total: po.total }, after: { revision: after!.revision, total: after!.total, reason } });
      if (mode === 'revise') {
        await notifications.notify(tx, { orgId: po.ikmOrgId, kind: 'po_to_acknowledge', title: `Revisi ${after!.revision} ${po.reference} menunggu konfirmasi`, body: `Pembeli merevisi ${po.reference}. Alasan: ${reason}\nMohon konfirmasi atau tolak revisi ini.`, entityType: 'purchase_order', entityId: id, link: poLink(id) });
      }
    });
  }

  return {
    async createPo(actor: Actor, input: PoInput) {
      authorize(actor, { ...BUYER_EDITOR, relation: 'any' });
      const [ikm, buyer] = await Promise.all([identityStore.findOrganisation(db, input.ikmOrgId), identityStore.findOrganisation(db, actor.orgId)]);
      if (!ikm || ikm.kind !== 'ikm') throw unprocessable('orders.ikm_invalid', 'Pilih organisasi IKM yang terdaftar.', { field: 'ikmOrgId' });
      const orderDate = input.orderDate ?? today(clock);
      validateLines(input.lines, orderDate);
      if (input.lines.some((l) => l.id)) throw unprocessable('orders.line_id_not_allowed', 'Baris PO baru tidak boleh membawa id.', { field: 'lines' });
      const rateBp = input.ppnRate !== undefined ? percentToBasisPoints(input.ppnRate) : DEFAULT_PPN_RATE_BP;
      const totals = documentTotals(input.lines, rateBp);
      const id = newId();
      const now = clock.now();
      const year = businessYear(clock);
      const { row, written } = await db.transaction(async (tx) => {
        const reference = formatReference('PO', year, await store.nextNumber(tx, 'PO', year), 6);
        const row: store.PoRow = {
          id, reference, buyerOrgId: actor.orgId, ikmOrgId: input.ikmOrgId, status: 'issued', revision: 0, orderDate, paymentTermsDays: input.paymentTermsDays ?? 30, ppnRateBp: rateBp,
          subtotal: totals.subtotal.toString(), ppnAmount: totals.ppn.toString(), total: totals.total.toString(), deliveryAddress: input.deliveryAddress ?? null, notes: input.notes ?? null,
          mouId: input.mouId ?? null, projectId: input.projectId ?? null, issuedAt: now, firstAcknowledgedAt: null, answeredAt: null, answeredBy: null, answerNote: null,
          createdBy: actor.userId, createdAt: now, updatedAt: now,
        };
        await store.insertPo(tx, row);
        const written = await writeLines(tx, row, input.lines, []);
        await audit.record(tx, actor, { action: 'orders.po_created', entityType: 'purchase_order', entityId: id, orgId: actor.orgId, after: { reference, ikmOrgId: input.ikmOrgId, total: row.total, lines: input.lines.length } });
        await notifications.notify(tx, { orgId: input.ikmOrgId, kind: 'po_to_acknowledge', title: `PO baru ${reference} menunggu konfirmasi`, body: `Anda menerima PO ${reference} senilai Rp${totals.total.toLocaleString('id-ID')}. Mohon konfirmasi atau tolak.`, entityType: 'purchase_order', entityId: id, link: poLink(id) });
        return { row, written };
      });
      // Built from what was written (a new PO has no deliveries, receipts or invoices): no read-back.
      const lines = written.inserts.map((l) => ({ deliveredQty: 0, acceptedQty: 0, rejectedQty: 0, invoicedQty: 0, ...l }) as store.PoLineRow);
      const schedules = written.schedules.map((s) => ({ fulfilledOn: null, ...s }) as store.PoScheduleRow);
      const names = new Map([[ikm.id, ikm.name], [actor.orgId, buyer?.name ?? '']]);
      return buildPoView(row, lines, schedules, names, { notes: [], receipts: [], invoices: [] });
    },

    async getPo(actor: Actor, id: string, x: Executor = db) {
      return loadPoView(x, (await loadPo(actor, id, x))!);
    },

    async listPos(actor: Actor, q: PageQuery & { status?: PoStatus; open?: boolean; buyerOrgId?: string; ikmOrgId?: string; q?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const statuses = q.status ? [q.status] : q.open ? ['issued', 'acknowledged'] : undefined;
      const { rows, total } = await store.listPos(db, { partyOrgId: all ? undefined : actor.orgId, buyerOrgId: q.buyerOrgId, ikmOrgId: q.ikmOrgId, statuses, q: q.q, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },

    /** Edit before the IKM acknowledged (status issued); afterwards only `revisePo`. */
    async updatePo(actor: Actor, id: string, patch: PoHeaderInput & { lines?: LineInput[] }) {
      await applyChanges(actor, id, patch, 'edit');
      return view(id);
    },

    /** A revision after acknowledgement: the previous version is kept with the reason; the IKM must acknowledge again. */
    async revisePo(actor: Actor, id: string, patch: PoHeaderInput & { lines?: LineInput[]; reason: string }) {
      if (patch.reason.trim().length < 5) throw unprocessable('orders.reason_required', 'Sebutkan alasan revisi (minimal 5 karakter).', { field: 'reason' });
      await applyChanges(actor, id, patch, 'revise', patch.reason.trim());
      return view(id);
    },

    async listRevisions(actor: Actor, id: string) {
      await loadPo(actor, id);
      return store.listRevisions(db, id);
    },

    /** The IKM acknowledges (accepts) or rejects the current revision. */
    async answerPo(actor: Actor, id: string, answer: 'acknowledge' | 'reject', note?: string) {
      await loadPo(actor, id);
      if (answer === 'reject' && (note ?? '').trim().length < 5) throw unprocessable('orders.reason_required', 'Sebutkan alasan penolakan (minimal 5 karakter).', { field: 'reason' });
      await db.transaction(async (tx) => {
        const po = (await loadPo(actor, id, tx, true))!;
        authorize(actor, IKM_EDITOR, { parties: [po.ikmOrgId] });
        assertPoAction(po.status as PoStatus, answer);
        const now = clock.now();
        const status = answer === 'acknowledge' ? 'acknowledged' : 'rejected';
        await store.updatePo(tx, id, { status, answeredAt: now, answeredBy: actor.userId, answerNote: note?.trim() || null, firstAcknowledgedAt: po.firstAcknowledgedAt ?? (answer === 'acknowledge' ? now : null), updatedAt: now });
        await audit.record(tx, actor, { action: `orders.po_${status}`, entityType: 'purchase_order', entityId: id, orgId: po.ikmOrgId, before: { status: po.status }, after: { status, note } });
        await notifications.notify(tx, { orgId: po.buyerOrgId, kind: 'po_answered', email: answer === 'reject', title: `${po.reference} ${answer === 'acknowledge' ? 'dikonfirmasi' : 'ditolak'} IKM`, body: answer === 'acknowledge' ? `IKM mengonfirmasi ${po.reference} (revisi ${po.revision}).` : `IKM menolak ${po.reference}. Alasan: ${note}`, entityType: 'purchase_order', entityId: id, link: poLink(id) });
      });
      return view(id);
    },

    async cancelPo(actor: Actor, id: string, reason: string) {
      await loadPo(actor, id);
      if (reason.trim().length < 5) throw unprocessable('orders.reason_required', 'Sebutkan alasan pembatalan (minimal 5 karakter).', { field: 'reason' });
      await db.transaction(async (tx) => {
        const po = (await loadPo(actor, id, tx, true))!;
        authorize(actor, { kinds: ['buyer'], roles: ['admin'], programmeOverride: false }, { parties: [po.buyerOrgId] });
        assertPoAction(po.status as PoStatus, 'cancel');
        if ((await store.findLines(tx, id)).some((l) => l.deliveredQty > 0)) throw conflict('orders.po_has_deliveries', 'PO yang sudah ada pengirimannya tidak dapat dibatalkan; gunakan revisi.');
        await store.updatePo(tx, id, { status: 'cancelled', answerNote: reason.trim(), updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'orders.po_cancelled', entityType: 'purchase_order', entityId: id, orgId: po.buyerOrgId, before: { status: po.status }, after: { status: 'cancelled', reason } });
        await notifications.notify(tx, { orgId: po.ikmOrgId, kind: 'po_answered', title: `${po.reference} dibatalkan pembeli`, body: `Alasan: ${reason.trim()}`, entityType: 'purchase_order', entityId: id, link: poLink(id) });
      });
      return view(id);
    },
  };
}
