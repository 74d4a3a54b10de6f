/**
 * Synthetic orders at national scale for bench/orders.ts, generated in batched INSERT … SELECT statements
 * (deterministic ids: md5 of a run tag and the row's index). Buyer 0 holds 20 % of the POs, IKM 0 holds 2 %.
 * POs dated in the last 45 days are open (issued / acknowledged, nothing delivered); older ones are fulfilled,
 * with one delivery note, one goods receipt (a few rejects, replaced in the same lot), one invoice, 70 % paid.
 */
import type { Database } from '../src/db/client';

export interface GenerateOptions {
  lines: number;
  linesPerPo: number;
  buyers: number;
  ikm: number;
  /** The business date the data ends at. */
  today: string;
  batchPos?: number;
  log?: (msg: string) => void;
}

export interface Generated {
  run: string;
  buyerIds: string[];
  ikmIds: string[];
  pos: number;
}

const uuid = (expr: string) => `md5(${expr})::uuid`;

export async function generateOrders(db: Database, o: GenerateOptions): Promise<Generated> {
  const run = `b${Date.now().toString(36)}`;
  const pos = Math.ceil(o.lines / o.linesPerPo);
  const L = o.linesPerPo;
  await db.query(`insert into organisations (id, name, kind) select ${uuid(`'${run}-buyer-' || i`)}, 'Bench Buyer ' || i || ' ${run}', 'buyer' from generate_series(0, ${o.buyers - 1}) i`);
  await db.query(`insert into organisations (id, name, kind) select ${uuid(`'${run}-ikm-' || i`)}, 'Bench IKM ' || i || ' ${run}', 'ikm' from generate_series(0, ${o.ikm - 1}) i`);
  const ids = async (k: string, n: number) => (await db.query<{ id: string }>(`select ${uuid(`'${run}-${k}-' || i`)}::text as id from generate_series(0, ${n - 1}) i order by i`)).map((r) => r.id);
  const buyerIds = await ids('buyer', o.buyers);
  const ikmIds = await ids('ikm', o.ikm);

  // Per PO i: buyer, IKM, order date, status; the same expressions are repeated in every child table.
  const buyerIdx = `(case when i % 5 = 0 then 0 else 1 + (i * 7919) % ${o.buyers - 1} end)`;
  const ikmIdx = `(case when i % 50 = 0 then 0 else 1 + (i * 104729) % ${o.ikm - 1} end)`;
  const orderDate = `(date '${o.today}' - 730 + ((i * 7) % 730)::int)`;
  const open = `(${orderDate} > date '${o.today}' - 45)`;
  const poId = uuid(`'${run}-po-' || i`);
  const lineId = uuid(`'${run}-l-' || i || '-' || j`);
  // A buyer buys a handful of parts from each supplier (three per pair), as in practice.
  const part = `((${buyerIdx} * 131 + ${ikmIdx} * 7 + (j % 3)) % 20000)`;
  const qty = `(100 + ((i * 31 + j * 17) % 50) * 20)`;
  const price = `(500 + ((i * 13 + j * 29) % 400) * 25)`;
  const rej = `(case when (i + j) % 97 = 0 then 1 + (i % 5) else 0 end)`;
  const late = `((i % 9) - 5)::int`; // −5 … +3 days around the due date
  const due = `(${orderDate} + 30)`;
  const delivered = `(${due} + ${late})`;
  const batch = o.batchPos ?? 20_000;

  for (let from = 0; from < pos; from += batch) {
    const to = Math.min(pos, from + batch) - 1;
    const I = `generate_series(${from}::bigint, ${to}::bigint) i`;
    const IJ = `${I} cross join generate_series(1, ${L}) j`;
    const t0 = Date.now();
    await db.query('begin');
    await db.query(`insert into purchase_orders (id, reference, buyer_org_id, ikm_org_id, status, revision, order_date, payment_terms_days, ppn_rate_bp, subtotal, ppn_amount, total, issued_at, first_acknowledged_at, created_at, updated_at)
      select ${poId}, 'PO-${run}-' || i, ${uuid(`'${run}-buyer-' || ${buyerIdx}`)}, ${uuid(`'${run}-ikm-' || ${ikmIdx}`)},
        case when not ${open} then 'fulfilled' when i % 5 = 0 then 'issued' else 'acknowledged' end, 0, ${orderDate}, 30, 1100, 0, 0, 0,
        ${orderDate}::timestamptz + interval '2 hours', case when ${open} and i % 5 = 0 then null else ${orderDate}::timestamptz + interval '2 hours' + ((i % 48) || ' hours')::interval end,
        now(), now()
      from ${I}`);
    await db.query(`insert into po_lines (id, po_id, line_no, part_number, part_name, uom, quantity, unit_price, amount, delivered_qty, accepted_qty, rejected_qty, invoiced_qty)
      select ${lineId}, ${poId}, j, 'P-' || ${part}, 'Part ' || ${part}, 'pcs', ${qty}, ${price}, ${qty} * ${price},
        case when ${open} then 0 else ${qty} + ${rej} end, case when ${open} then 0 else ${qty} end, case when ${open} then 0 else ${rej} end, case when ${open} then 0 else ${qty} end
      from ${IJ}`);
    await db.query(`update purchase_orders p set subtotal = s.sub, ppn_amount = floor(s.sub * 1100 / 10000), total = s.sub + floor(s.sub * 1100 / 10000)
      from (select po_id, sum(amount) as sub from po_lines where po_id in (select ${poId} from ${I}) group by po_id) s where p.id = s.po_id`);
    await db.query(`insert into po_schedules (id, po_line_id, po_id, buyer_org_id, ikm_org_id, seq, due_date, quantity, cum_quantity, fulfilled_on)
      select ${uuid(`'${run}-s-' || i || '-' || j`)}, ${lineId}, ${poId}, ${uuid(`'${run}-buyer-' || ${buyerIdx}`)}, ${uuid(`'${run}-ikm-' || ${ikmIdx}`)}, 0, ${due}, ${qty}, ${qty},
        case when ${open} then null else ${delivered} end
      from ${IJ}`);
    const closed = `${I} where not ${open}`;
    const closedJ = `${IJ} where not ${open}`;
    await db.query(`insert into delivery_notes (id, reference, po_id, buyer_org_id, ikm_org_id, delivered_on, created_at)
      select ${uuid(`'${run}-dn-' || i`)}, 'SJ-${run}-' || i, ${poId}, ${uuid(`'${run}-buyer-' || ${buyerIdx}`)}, ${uuid(`'${run}-ikm-' || ${ikmIdx}`)}, ${delivered}, now() from ${closed}`);
    await db.query(`insert into delivery_note_lines (id, delivery_note_id, po_line_id, quantity, received_qty)
      select ${uuid(`'${run}-dnl-' || i || '-' || j`)}, ${uuid(`'${run}-dn-' || i`)}, ${lineId}, ${qty} + ${rej}, ${qty} + ${rej} from ${closedJ}`);
    await db.query(`insert into goods_receipts (id, reference, delivery_note_id, po_id, buyer_org_id, ikm_org_id, received_on, accepted_qty, rejected_qty, idempotency_key, created_at)
      select ${uuid(`'${run}-gr-' || i`)}, 'GR-${run}-' || i, ${uuid(`'${run}-dn-' || i`)}, ${poId}, ${uuid(`'${run}-buyer-' || ${buyerIdx}`)}, ${uuid(`'${run}-ikm-' || ${ikmIdx}`)}, ${delivered} + 1,
        0, 0, '${run}-gr-' || i, now() from ${closed}`);
    await db.query(`insert into goods_receipt_lines (id, receipt_id, delivery_note_line_id, po_line_id, accepted_qty, rejected_qty, reject_reason)
      select ${uuid(`'${run}-grl-' || i || '-' || j`)}, ${uuid(`'${run}-gr-' || i`)}, ${uuid(`'${run}-dnl-' || i || '-' || j`)}, ${lineId}, ${qty}, ${rej}, case when ${rej} > 0 then 'Cacat' end from ${closedJ}`);
    await db.query(`update goods_receipts r set accepted_qty = s.a, rejected_qty = s.r from (select receipt_id, sum(accepted_qty) a, sum(rejected_qty) r from goods_receipt_lines where receipt_id in (select ${uuid(`'${run}-gr-' || i`)} from ${closed}) group by receipt_id) s where r.id = s.receipt_id`);
    await db.query(`insert into invoices (id, reference, po_id, buyer_org_id, ikm_org_id, invoice_date, due_date, ppn_rate_bp, subtotal, ppn_amount, total, paid_amount, status, idempotency_key, paid_at, created_at)
      select ${uuid(`'${run}-inv-' || i`)}, 'INV-${run}-' || i, p.id, p.buyer_org_id, p.ikm_org_id, ${delivered} + 3, ${delivered} + 33, 1100, p.subtotal, p.ppn_amount, p.total,
        case when i % 10 < 7 then p.total else 0 end, case when i % 10 < 7 then 'paid' else 'issued' end, '${run}-inv-' || i, case when i % 10 < 7 then now() end, now()
      from ${closed.replace(' where ', ` join purchase_orders p on p.id = ${poId} where `)}`);
    await db.query(`insert into invoice_lines (id, invoice_id, po_line_id, quantity, unit_price, amount)
      select ${uuid(`'${run}-invl-' || i || '-' || j`)}, ${uuid(`'${run}-inv-' || i`)}, ${lineId}, ${qty}, ${price}, ${qty} * ${price} from ${closedJ}`);
    await db.query(`insert into payments (id, invoice_id, po_id, buyer_org_id, ikm_org_id, amount, paid_on, method, idempotency_key, created_at)
      select ${uuid(`'${run}-pay-' || i`)}, ${uuid(`'${run}-inv-' || i`)}, p.id, p.buyer_org_id, p.ikm_org_id, p.total, ${delivered} + 30, 'transfer', '${run}-pay-' || i, now()
      from ${closed.replace(' where ', ` join purchase_orders p on p.id = ${poId} where `)} and i % 10 < 7`);
    await db.query('commit');
    o.log?.(`  POs ${from}–${to} (${((to + 1) * L).toLocaleString('en')} lines) in ${Date.now() - t0} ms`);
  }
  await db.query('vacuum analyze'); // visibility map for index-only scans, fresh statistics
  return { run, buyerIds, ikmIds, pos };
}
