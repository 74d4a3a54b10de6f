import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { compareIsoDates } from '../../core/dates';
import { unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import type { NotificationService } from '../notifications';
import { assertDocLines, assertParty, businessYear, idempotent, keyReused, poLink, requireIdempotencyKey } from './common';
import { assertPoAction, isFulfilled, type PoStatus } from './domain/po-rules';
import * as f from './store-fulfilment';
import * as po from './store-po';
import { orgNames } from './store-scorecard';

export interface DeliveryNoteInput {
  deliveredOn?: string;
  vehicle?: string | null;
  notes?: string | null;
  lines: { poLineId: string; quantity: number }[];
}

export interface ReceiptInput {
  receivedOn?: string;
  notes?: string | null;
  lines: { deliveryNoteLineId: string; acceptedQty: number; rejectedQty: number; rejectReason?: string | null }[];
}

export function createDeliveryService(deps: Deps, audit: AuditService, notifications: NotificationService) {
  const { db, clock } = deps;

  async function loadNote(actor: Actor, id: string, x: Executor = db) {
    const note = await f.findDeliveryNote(x, id);
    assertParty(actor, note, 'orders.delivery_note_not_found', 'Surat jalan', id);
    return note;
  }

  async function noteView(id: string) {
    const note = (await f.findDeliveryNote(db, id))!;
    const [lines, poRow, names] = await Promise.all([f.findDeliveryNoteLines(db, id), po.findPo(db, note.poId), orgNames(db, [note.buyerOrgId, note.ikmOrgId])]);
    return { ...note, poReference: poRow!.reference, buyerName: names.get(note.buyerOrgId) ?? '', ikmName: names.get(note.ikmOrgId) ?? '', lines };
  }

  async function receiptView(id: string) {
    const r = (await f.findReceipt(db, id))!;
    const [lines, note, poRow] = await Promise.all([f.findReceiptLines(db, id), f.findDeliveryNote(db, r.deliveryNoteId), po.findPo(db, r.poId)]);
    return { ...r, deliveryNoteReference: note!.reference, poReference: poRow!.reference, lines };
  }

  return {
    noteView,
    receiptView,

    /** The IKM sends goods against PO lines: never more than the open quantity (ordered − net delivered). */
    async createDeliveryNote(actor: Actor, poId: string, input: DeliveryNoteInput) {
      const poRow0 = await po.findPo(db, poId);
      assertParty(actor, poRow0, 'orders.po_not_found', 'PO', poId);
      authorize(actor, { kinds: ['ikm'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [poRow0.ikmOrgId] });
      assertDocLines(input.lines.map((l) => ({ id: l.poLineId, quantity: l.quantity })));
      if (input.lines.some((l) => l.quantity <= 0)) throw unprocessable('orders.quantity_invalid', 'Jumlah kirim harus positif.', { field: 'lines' });
      const deliveredOn = input.deliveredOn ?? today(clock);
      if (compareIsoDates(deliveredOn, poRow0.orderDate) < 0 || compareIsoDates(deliveredOn, today(clock)) > 0) {
        throw unprocessable('orders.dates_out_of_order', 'Tanggal kirim harus antara tanggal PO dan hari ini.', { field: 'deliveredOn' });
      }
      const id = newId();
      const year = businessYear(clock);
      await db.transaction(async (tx) => {
        const poRow = (await po.findPo(tx, poId, true))!;
        assertPoAction(poRow.status as PoStatus, 'deliver');
        const reference = formatReference('SJ', year, await po.nextNumber(tx, 'SJ', year), 6);
        await f.insertDeliveryNote(tx, { id, reference, poId, buyerOrgId: poRow.buyerOrgId, ikmOrgId: poRow.ikmOrgId, deliveredOn, vehicle: input.vehicle ?? null, notes: input.notes ?? null, createdBy: actor.userId, createdAt: clock.now() });
        await f.insertDeliveryNoteLines(tx, input.lines.map((l) => ({ id: newId(), deliveryNoteId: id, poLineId: l.poLineId, quantity: l.quantity })));
        for (const [i, l] of input.lines.entries()) {
          if (!(await f.addDelivered(tx, poId, l.poLineId, l.quantity))) {
            const line = (await po.findLines(tx, poId)).find((x) => x.id === l.poLineId);
            if (!line) throw unprocessable('orders.line_not_found', 'Baris PO tidak ditemukan.', { field: `lines.${i}.poLineId` });
            const open = line.quantity - (line.deliveredQty - line.rejectedQty);
            throw unprocessable('orders.delivery_above_ordered', `Jumlah kirim melebihi sisa pesanan (${open}).`, { field: `lines.${i}.quantity`, open });
          }
        }
        await audit.record(tx, actor, { action: 'orders.delivery_note_created', entityType: 'delivery_note', entityId: id, orgId: poRow.ikmOrgId, after: { reference, poId, deliveredOn, lines: input.lines } });
        await notifications.notify(tx, { orgId: poRow.buyerOrgId, kind: 'goods_delivered', title: `Barang dikirim: ${reference} untuk ${poRow.reference}`, body: `IKM mengirim barang (surat jalan ${reference}, ${deliveredOn}). Mohon lakukan penerimaan barang.`, entityType: 'delivery_note', entityId: id, link: poLink(poId) });
      });
      return noteView(id);
    },

    async getDeliveryNote(actor: Actor, id: string) {
      await loadNote(actor, id);
      return noteView(id);
    },

    async listDeliveryNotes(actor: Actor, q: PageQuery & { poId?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const { rows, total } = await f.listDeliveryNotes(db, { partyOrgId: all ? undefined : actor.orgId, poId: q.poId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => ({ ...r.note, poReference: r.poReference, quantity: Number(r.quantity), receivedQty: Number(r.receivedQty) })), page: q.page, pageSize: q.pageSize, total };
    },

    /**
     * Goods receipt by the buyer: accepted and rejected quantities (with reasons) per delivered line, never above
     * what was delivered. Idempotency-Key required; a repeat (also concurrent) returns the first receipt.
     */
    async createReceipt(actor: Actor, deliveryNoteId: string, input: ReceiptInput, key: string | null) {
      const k = requireIdempotencyKey(key);
      const note = (await loadNote(actor, deliveryNoteId))!;
      authorize(actor, { kinds: ['buyer'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [note.buyerOrgId] });
      assertDocLines(input.lines.map((l) => ({ id: l.deliveryNoteLineId, quantity: l.acceptedQty + l.rejectedQty })));
      input.lines.forEach((l, i) => {
        if (l.acceptedQty < 0 || l.rejectedQty < 0 || l.acceptedQty + l.rejectedQty === 0) throw unprocessable('orders.quantity_invalid', 'Isi jumlah diterima dan/atau ditolak.', { field: `lines.${i}` });
        if (l.rejectedQty > 0 && !l.rejectReason?.trim()) throw unprocessable('orders.reject_reason_required', 'Sebutkan alasan penolakan barang.', { field: `lines.${i}.rejectReason` });
      });
      const receivedOn = input.receivedOn ?? today(clock);
      if (compareIsoDates(receivedOn, note.deliveredOn) < 0) throw unprocessable('orders.dates_out_of_order', 'Tanggal terima tidak boleh sebelum tanggal kirim.', { field: 'receivedOn' });
      const noteLines = new Map((await f.findDeliveryNoteLines(db, deliveryNoteId)).map((l) => [l.id, l.poLineId]));
      input.lines.forEach((l, i) => {
        if (!noteLines.has(l.deliveryNoteLineId)) throw unprocessable('orders.line_not_found', 'Baris surat jalan tidak ditemukan.', { field: `lines.${i}.deliveryNoteLineId` });
      });
      const accepted = input.lines.reduce((s, l) => s + l.acceptedQty, 0);
      const rejected = input.lines.reduce((s, l) => s + l.rejectedQty, 0);
      const { result, created } = await idempotent(
        () => f.findReceiptByKey(db, note.buyerOrgId, k),
        async () => {
          const id = newId();
          const year = businessYear(clock);
          await db.transaction(async (tx) => {
            const reference = formatReference('GR', year, await po.nextNumber(tx, 'GR', year), 6);
            // The header (unique idempotency key) before any quantity: a concurrent duplicate fails here and returns the winner.
            await f.insertReceipt(tx, { id, reference, deliveryNoteId, poId: note.poId, buyerOrgId: note.buyerOrgId, ikmOrgId: note.ikmOrgId, receivedOn, acceptedQty: accepted, rejectedQty: rejected, notes: input.notes ?? null, idempotencyKey: k, createdBy: actor.userId, createdAt: clock.now() });
            const poRow = (await po.findPo(tx, note.poId, true))!;
            await f.insertReceiptLines(tx, input.lines.map((l) => ({ id: newId(), receiptId: id, deliveryNoteLineId: l.deliveryNoteLineId, poLineId: noteLines.get(l.deliveryNoteLineId)!, acceptedQty: l.acceptedQty, rejectedQty: l.rejectedQty, rejectReason: l.rejectReason?.trim() || null })));
            for (const [i, l] of input.lines.entries()) {
              const nl = await f.addReceivedToNoteLine(tx, deliveryNoteId, l.deliveryNoteLineId, l.acceptedQty + l.rejectedQty);
              if (!nl) throw unprocessable('orders.receipt_above_delivered', 'Jumlah diterima + ditolak melebihi jumlah yang dikirim pada surat jalan.', { field: `lines.${i}` });
              const after = await f.addAcceptedRejected(tx, nl.poLineId, l.acceptedQty, l.rejectedQty);
              await f.markSchedulesFulfilled(tx, nl.poLineId, after.acceptedQty, note.deliveredOn);
            }
            if (poRow.status === 'acknowledged' && isFulfilled(await po.findLines(tx, note.poId))) await po.updatePo(tx, note.poId, { status: 'fulfilled', updatedAt: clock.now() });
            await audit.record(tx, actor, { action: 'orders.goods_received', entityType: 'goods_receipt', entityId: id, orgId: note.buyerOrgId, after: { reference, deliveryNoteId, accepted, rejected } });
            await notifications.notify(tx, { orgId: note.ikmOrgId, kind: 'goods_received', title: `Barang diterima: ${reference} (${poRow.reference})`, body: `Pembeli menerima ${accepted} dan menolak ${rejected} unit dari surat jalan ${note.reference}. Barang yang diterima dapat ditagihkan.`, entityType: 'goods_receipt', entityId: id, link: poLink(note.poId) });
          });
          return (await f.findReceipt(db, id))!;
        },
      );
      if (!created && result.deliveryNoteId !== deliveryNoteId) keyReused();
      return { receipt: await receiptView(result.id), created };
    },

    async getReceipt(actor: Actor, id: string) {
      const r = await f.findReceipt(db, id);
      assertParty(actor, r, 'orders.receipt_not_found', 'Penerimaan barang', id);
      return receiptView(id);
    },

    async listReceipts(actor: Actor, q: PageQuery & { poId?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const { rows, total } = await f.listReceipts(db, { partyOrgId: all ? undefined : actor.orgId, poId: q.poId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => ({ ...r.receipt, poReference: r.poReference })), page: q.page, pageSize: q.pageSize, total };
    },
  };
}
