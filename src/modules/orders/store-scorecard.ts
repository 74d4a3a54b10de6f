import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';

export type ScoreGroup = 'month' | 'ikm' | 'buyer';

export interface ScoreFilter {
  buyerOrgId?: string;
  ikmOrgId?: string;
  /** Inclusive first day and exclusive last day (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Schedule entries due after this date are not judged yet. */
  asOf: string;
  groupBy: ScoreGroup;
}

export interface GroupCounts {
  key: string;
  receivedQty: number;
  rejectedQty: number;
  scheduleDue: number;
  scheduleOnTimeInFull: number;
  posIssued: number;
  posAcknowledged: number;
  ackSecondsTotal: number;
}

export interface PartMonth {
  key: string;
  month: string;
  partNumber: string;
  quantity: number;
  amount: bigint;
}

const keyOf = (g: ScoreGroup, dateCol: SQL, alias: string): SQL =>
  g === 'month' ? sql`to_char(${dateCol}, 'YYYY-MM')` : g === 'ikm' ? sql.raw(`${alias}.ikm_org_id::text`) : sql.raw(`${alias}.buyer_org_id::text`);

function partyConds(alias: string, f: ScoreFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.buyerOrgId) parts.push(sql`${sql.raw(alias)}.buyer_org_id = ${f.buyerOrgId}::uuid`);
  if (f.ikmOrgId) parts.push(sql`${sql.raw(alias)}.ikm_org_id = ${f.ikmOrgId}::uuid`);
  return sql.join(parts, sql` and `);
}

type Row = Record<string, string | number | null>;
const rowsOf = async (x: Executor, q: SQL) => (await x.execute(q)).rows as Row[];

/** Quality, delivery and responsiveness counts grouped by month, IKM or buyer. */
export async function scorecardCounts(x: Executor, f: ScoreFilter): Promise<GroupCounts[]> {
  const [quality, delivery, response] = await Promise.all([
    rowsOf(x, sql`
      select ${keyOf(f.groupBy, sql`r.received_on`, 'r')} as key, sum(r.accepted_qty + r.rejected_qty)::bigint as received, sum(r.rejected_qty)::bigint as rejected
      from goods_receipts r
      where ${partyConds('r', f)} and r.received_on >= ${f.from}::date and r.received_on < ${f.to}::date
      group by 1`),
    rowsOf(x, sql`
      select ${keyOf(f.groupBy, sql`s.due_date`, 's')} as key, count(*)::bigint as due,
             count(*) filter (where s.fulfilled_on is not null and s.fulfilled_on <= s.due_date)::bigint as otif
      from po_schedules s
      where ${partyConds('s', f)} and s.due_date >= ${f.from}::date and s.due_date < ${f.to}::date and s.due_date <= ${f.asOf}::date
        and s.po_id not in (select p.id from purchase_orders p where ${partyConds('p', f)} and p.status in ('rejected', 'cancelled'))
      group by 1`),
    rowsOf(x, sql`
      select ${keyOf(f.groupBy, sql`p.order_date`, 'p')} as key, count(*)::bigint as issued, count(p.first_acknowledged_at)::bigint as acked,
             coalesce(sum(extract(epoch from p.first_acknowledged_at - p.issued_at)), 0)::float8 as ack_seconds
      from purchase_orders p
      where ${partyConds('p', f)} and p.order_date >= ${f.from}::date and p.order_date < ${f.to}::date
      group by 1`),
  ]);
  const out = new Map<string, GroupCounts>();
  const get = (key: string) => {
    let g = out.get(key);
    if (!g) out.set(key, (g = { key, receivedQty: 0, rejectedQty: 0, scheduleDue: 0, scheduleOnTimeInFull: 0, posIssued: 0, posAcknowledged: 0, ackSecondsTotal: 0 }));
    return g;
  };
  for (const r of quality) Object.assign(get(String(r.key)), { receivedQty: Number(r.received), rejectedQty: Number(r.rejected) });
  for (const r of delivery) Object.assign(get(String(r.key)), { scheduleDue: Number(r.due), scheduleOnTimeInFull: Number(r.otif) });
  for (const r of response) Object.assign(get(String(r.key)), { posIssued: Number(r.issued), posAcknowledged: Number(r.acked), ackSecondsTotal: Number(r.ack_seconds) });
  return [...out.values()];
}

/** Volumes and amounts per group, part and month of order date (for the price trend). */
export async function partVolumes(x: Executor, f: ScoreFilter): Promise<PartMonth[]> {
  const rows = await rowsOf(x, sql`
    select ${keyOf(f.groupBy, sql`p.order_date`, 'p')} as key, to_char(p.order_date, 'YYYY-MM') as month, l.part_number,
           sum(l.quantity)::bigint as quantity, sum(l.amount)::text as amount
    from purchase_orders p join po_lines l on l.po_id = p.id
    where ${partyConds('p', f)} and p.order_date >= ${f.from}::date and p.order_date < ${f.to}::date and p.status not in ('rejected', 'cancelled')
    group by 1, 2, 3`);
  return rows.map((r) => ({ key: String(r.key), month: String(r.month), partNumber: String(r.part_number), quantity: Number(r.quantity), amount: BigInt(String(r.amount)) }));
}

export async function orgNames(x: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await rowsOf(x, sql`select id::text as id, name from organisations where id in (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`);
  return new Map(rows.map((r) => [String(r.id), String(r.name)]));
}
