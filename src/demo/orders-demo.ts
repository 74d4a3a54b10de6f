/**
 * Orders part of the demo: POs from tier companies to IKM over the last months, with deliveries, goods receipts
 * (a few rejects), invoices (some paid, some open, one overdue) — data for the supplier scorecard and, later, the
 * finance escrow. Two POs are still open: one waiting for the IKM's acknowledgement, one acknowledged without
 * deliveries. Dates are relative to the demo's business date.
 */
import { today } from '../core/clock';
import { addDays, compareIsoDates } from '../core/dates';
import type { DemoContext, DemoPart } from './loader';
import { demoOrgAdmin } from './partnerships-launch';

interface DemoPoSpec {
  buyer: string;
  ikm: string;
  part: [string, string, number];
  /** Quantity per monthly schedule entry; deliveries late by these days (null: not delivered). */
  perMonth: number;
  late: (number | null)[];
  /** Rejected pieces per delivery. */
  rejects: number[];
  /** How many of the invoices are paid. */
  paid: number;
  stop?: 'issued' | 'acknowledged';
}

const SPECS: DemoPoSpec[] = [
  { buyer: 'tier01', ikm: 'ikm01', part: ['EMP-07', 'Bantalan karet PU mesin (engine mounting pad)', 9_500], perMonth: 2_000, late: [0, 3, 0], rejects: [6, 0, 2], paid: 2 },
  { buyer: 'tier01', ikm: 'ikm02', part: ['GRP-PU-11', 'Grip handle PU', 14_250], perMonth: 1_500, late: [0, 0, 0], rejects: [0, 1, 0], paid: 3 },
  { buyer: 'tier02', ikm: 'ikm03', part: ['CVR-PP-21', 'Cover samping PP', 12_400], perMonth: 3_000, late: [2, 0, 5], rejects: [15, 9, 4], paid: 1 },
  { buyer: 'tier03', ikm: 'ikm08', part: ['BRK-ST-03', 'Bracket stamping SPCC', 6_800], perMonth: 5_000, late: [0, 0, null], rejects: [12, 0], paid: 1 },
  { buyer: 'tier05', ikm: 'ikm07', part: ['HSG-AL-05', 'Housing cor aluminium', 48_000], perMonth: 400, late: [7, 0, 0], rejects: [3, 1, 0], paid: 2 },
  { buyer: 'tier10', ikm: 'ikm15', part: ['SHF-MC-10', 'Poros machining S45C', 22_500], perMonth: 800, late: [0, 1, 0], rejects: [0, 0, 1], paid: 0 },
  { buyer: 'tier06', ikm: 'ikm12', part: ['WH-12-A', 'Sub-assy kabel harness', 31_000], perMonth: 600, late: [], rejects: [], paid: 0, stop: 'issued' },
  { buyer: 'tier07', ikm: 'ikm11', part: ['SC-11', 'Sarung jok motor', 27_500], perMonth: 700, late: [], rejects: [], paid: 0, stop: 'acknowledged' },
];

async function runSpec(ctx: DemoContext, s: DemoPoSpec, index: number) {
  const orders = ctx.services.orders;
  const buyer = await demoOrgAdmin(ctx, s.buyer);
  const ikm = await demoOrgAdmin(ctx, s.ikm);
  const d = today(ctx.deps.clock);
  const orderDate = s.stop ? addDays(d, -2) : addDays(d, -110);
  const schedule = [1, 2, 3].map((m) => ({ date: s.stop ? addDays(d, 20 * m) : addDays(orderDate, 28 * m), quantity: s.perMonth }));
  const po = await orders.createPo(buyer, {
    ikmOrgId: ctx.orgs.get(s.ikm)!,
    orderDate,
    paymentTermsDays: 30,
    deliveryAddress: 'Gudang penerimaan, kawasan industri (demo)',
    lines: [{ partNumber: s.part[0], partName: s.part[1], uom: 'pcs', quantity: s.perMonth * 3, unitPrice: BigInt(s.part[2]), schedule }],
  });
  if (s.stop === 'issued') return;
  await orders.answerPo(ikm, po.id, 'acknowledge', 'Siap dipenuhi sesuai jadwal.');
  if (s.stop) return;
  const lineId = po.lines[0]!.id;
  const invoices: { id: string; date: string }[] = [];
  let replace = 0; // rejected pieces are replaced with the next delivery
  for (const [k, late] of s.late.entries()) {
    if (late === null) continue;
    const deliveredOn = addDays(schedule[k]!.date, late);
    if (compareIsoDates(deliveredOn, d) > 0) continue;
    const note = await orders.createDeliveryNote(ikm, po.id, { deliveredOn, vehicle: `B ${9000 + index * 10 + k} DEM`, lines: [{ poLineId: lineId, quantity: s.perMonth + replace }] });
    const delivered = s.perMonth + replace;
    const rejected = s.rejects[k] ?? 0;
    replace = rejected;
    const receivedOn = addDays(deliveredOn, 1) <= d ? addDays(deliveredOn, 1) : deliveredOn;
    await orders.createReceipt(buyer, note.id, { receivedOn, lines: [{ deliveryNoteLineId: note.lines[0]!.id, acceptedQty: delivered - rejected, rejectedQty: rejected, rejectReason: rejected ? 'Cacat visual / dimensi di luar toleransi' : null }] }, `demo-gr-${po.reference}-${k}`);
    const invoiceDate = addDays(receivedOn, 2) <= d ? addDays(receivedOn, 2) : receivedOn;
    const { invoice } = await orders.createInvoice(ikm, po.id, { invoiceDate, supplierInvoiceNo: `${s.ikm.toUpperCase()}/INV/${k + 1}`, lines: [{ poLineId: lineId, quantity: delivered - rejected }] }, `demo-inv-${po.reference}-${k}`);
    invoices.push({ id: invoice.id, date: invoiceDate });
  }
  for (const inv of invoices.slice(0, s.paid)) {
    const paidOn = addDays(inv.date, 28) <= d ? addDays(inv.date, 28) : d;
    await orders.recordPayment(buyer, inv.id, { paidOn, method: 'transfer', externalRef: `TRF-${inv.id.slice(0, 8)}` }, `demo-pay-${inv.id}`);
  }
}

export const ordersDemo: DemoPart = {
  name: 'orders',
  async load(ctx) {
    for (const [i, s] of SPECS.entries()) await runSpec(ctx, s, i);
    // Bells show only what is still to do: the PO awaiting acknowledgement, the gate awaiting AHM, unpaid invoices.
    await ctx.deps.database.query(`
      update notifications set read_at = created_at
      where read_at is null
        and not (kind = 'po_to_acknowledge' and entity_id in (select id::text from purchase_orders where status = 'issued'))
        and not (kind = 'gate_to_approve')
        and not (kind = 'invoice_received' and entity_id in (select id::text from invoices where status = 'issued'))`);
  },
};
