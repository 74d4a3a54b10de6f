import { describe, expect, it } from 'vitest';
import { billingState } from './queries';

const line = (quantity: number, invoicedQty: number) => ({ quantity, invoicedQty }) as never;
const inv = (status: string) => ({ status }) as never;

describe('PO billing state', () => {
  it('is not invoiced without invoices', () => expect(billingState({ lines: [line(10, 0)], invoices: [] })).toBe('not_invoiced'));
  it('awaits payment while an invoice is open', () => expect(billingState({ lines: [line(10, 10)], invoices: [inv('paid'), inv('issued')] })).toBe('awaiting_payment'));
  it('is partly paid when paid invoices do not cover every line', () => expect(billingState({ lines: [line(10, 4)], invoices: [inv('paid')] })).toBe('partly_paid'));
  it('is paid when everything ordered is invoiced and paid', () => expect(billingState({ lines: [line(10, 10), line(5, 5)], invoices: [inv('paid')] })).toBe('paid'));
});
