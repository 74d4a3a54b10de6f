import { describe, expect, it } from 'vitest';
import { assertPoAction, cumulative, isFulfilled, validateLineChanges, validateLines, type LineInput } from './po-rules';

const line = (over: Partial<LineInput> = {}): LineInput => ({ partNumber: 'HP-01', partName: 'Headpipe protector', uom: 'pcs', quantity: 100, unitPrice: 18_500n, schedule: [{ date: '2026-12-01', quantity: 60 }, { date: '2026-12-15', quantity: 40 }], ...over });

describe('PO lines and schedules', () => {
  it('accept a valid schedule', () => expect(() => validateLines([line()], '2026-11-25')).not.toThrow());
  it('reject a schedule that does not sum to the quantity', () =>
    expect(() => validateLines([line({ quantity: 90 })], '2026-11-25')).toThrow(expect.objectContaining({ code: 'orders.schedule_mismatch', status: 422 })));
  it('reject delivery dates before the order date or out of order', () => {
    expect(() => validateLines([line()], '2026-12-05')).toThrow(expect.objectContaining({ code: 'orders.dates_out_of_order', params: expect.objectContaining({ field: 'lines.0.schedule.0.date' }) }));
    expect(() => validateLines([line({ schedule: [{ date: '2026-12-15', quantity: 60 }, { date: '2026-12-01', quantity: 40 }] })], '2026-11-25')).toThrow(expect.objectContaining({ code: 'orders.dates_out_of_order' }));
  });
  it('reject zero quantities and empty POs', () => {
    expect(() => validateLines([line({ quantity: 0, schedule: [{ date: '2026-12-01', quantity: 0 }] })], '2026-11-25')).toThrow(expect.objectContaining({ code: 'orders.quantity_invalid' }));
    expect(() => validateLines([], '2026-11-25')).toThrow(expect.objectContaining({ code: 'orders.lines_required' }));
  });
  it('cumulates schedule quantities', () => expect(cumulative(line().schedule)).toEqual([60, 100]));
});

describe('PO state and revisions', () => {
  it('edits after acknowledgement require a revision', () => {
    expect(() => assertPoAction('acknowledged', 'edit')).toThrow(expect.objectContaining({ code: 'orders.po_revision_required', status: 409 }));
    expect(() => assertPoAction('issued', 'edit')).not.toThrow();
    expect(() => assertPoAction('issued', 'revise')).toThrow(expect.objectContaining({ code: 'orders.invalid_transition' }));
    expect(() => assertPoAction('issued', 'deliver')).toThrow(expect.objectContaining({ code: 'orders.po_not_acknowledged' }));
    expect(() => assertPoAction('rejected', 'acknowledge')).toThrow();
  });
  it('a revision cannot go below delivered, reprice invoiced lines or drop delivered lines', () => {
    const existing = [{ id: 'l1', quantity: 100, unitPrice: 18_500n, deliveredQty: 60, rejectedQty: 5, invoicedQty: 10 }];
    expect(() => validateLineChanges(existing, [line({ id: 'l1', quantity: 54, schedule: [{ date: '2026-12-01', quantity: 54 }] })])).toThrow(expect.objectContaining({ code: 'orders.quantity_below_delivered' }));
    expect(() => validateLineChanges(existing, [line({ id: 'l1', quantity: 55, schedule: [{ date: '2026-12-01', quantity: 55 }] })])).not.toThrow();
    expect(() => validateLineChanges(existing, [line({ id: 'l1', unitPrice: 19_000n })])).toThrow(expect.objectContaining({ code: 'orders.line_invoiced' }));
    expect(() => validateLineChanges(existing, [line()])).toThrow(expect.objectContaining({ code: 'orders.line_has_deliveries' }));
  });
  it('is fulfilled when every line is accepted in full', () => {
    expect(isFulfilled([{ quantity: 10, acceptedQty: 10 }, { quantity: 5, acceptedQty: 4 }])).toBe(false);
    expect(isFulfilled([{ quantity: 10, acceptedQty: 10 }])).toBe(true);
  });
});
