import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DeliveryNote, GoodsReceipt, IkmScorecard, Invoice, InvoiceSummary, PoCreateInput, PoRevision, PoStatus, PoSummary, PurchaseOrder, SupplierScorecard } from '../../api/orders-types';
import type { Page } from '../../api/types';
import { postIdempotent } from './idempotent';

export const PAGE_SIZE = 25;

export const posQuery = (p: { status?: PoStatus; open?: boolean; q?: string; page: number }) =>
  queryOptions({
    queryKey: ['orders', 'pos', p],
    queryFn: ({ signal }) => api.get<Page<PoSummary>>('/api/purchase-orders', { status: p.status, open: p.open ? 'true' : undefined, q: p.q, page: p.page, pageSize: PAGE_SIZE }, signal),
  });

export const poQuery = (id: string) =>
  queryOptions({ queryKey: ['orders', 'po', id], queryFn: ({ signal }) => api.get<PurchaseOrder>(`/api/purchase-orders/${id}`, undefined, signal) });

export const revisionsQuery = (id: string) =>
  queryOptions({ queryKey: ['orders', 'po', id, 'revisions'], queryFn: ({ signal }) => api.get<PoRevision[]>(`/api/purchase-orders/${id}/revisions`, undefined, signal) });

export const deliveryNoteQuery = (id: string) =>
  queryOptions({ queryKey: ['orders', 'delivery-note', id], queryFn: ({ signal }) => api.get<DeliveryNote>(`/api/delivery-notes/${id}`, undefined, signal) });

export const receiptQuery = (id: string) =>
  queryOptions({ queryKey: ['orders', 'receipt', id], queryFn: ({ signal }) => api.get<GoodsReceipt>(`/api/goods-receipts/${id}`, undefined, signal) });

export const invoicesQuery = (p: { status?: 'issued' | 'paid'; page: number }) =>
  queryOptions({
    queryKey: ['orders', 'invoices', p],
    queryFn: ({ signal }) => api.get<Page<InvoiceSummary>>('/api/invoices', { status: p.status, page: p.page, pageSize: PAGE_SIZE }, signal),
  });

export const invoiceQuery = (id: string) =>
  queryOptions({ queryKey: ['orders', 'invoice', id], queryFn: ({ signal }) => api.get<Invoice>(`/api/invoices/${id}`, undefined, signal) });

export const ikmScorecardQuery = (ikmId: string, p: { from?: string; to?: string } = {}) =>
  queryOptions({ queryKey: ['orders', 'scorecard', 'ikm', ikmId, p], queryFn: ({ signal }) => api.get<IkmScorecard>(`/api/scorecards/ikm/${ikmId}`, p, signal) });

export const suppliersScorecardQuery = (p: { buyerOrgId?: string; month?: string }) =>
  queryOptions({
    queryKey: ['orders', 'scorecard', 'suppliers', p],
    queryFn: ({ signal }) =>
      p.buyerOrgId
        ? api.get<SupplierScorecard>(`/api/scorecards/buyer/${p.buyerOrgId}`, { month: p.month }, signal)
        : api.get<SupplierScorecard>('/api/scorecards/programme', { month: p.month }, signal),
  });

const po = (id: string) => `/api/purchase-orders/${id}`;

export const ordersApi = {
  createPo: (input: PoCreateInput) => api.post<PurchaseOrder>('/api/purchase-orders', input),
  updatePo: (id: string, body: Partial<PoCreateInput>) => api.patch<PurchaseOrder>(po(id), body),
  revisePo: (id: string, body: Partial<PoCreateInput> & { reason: string }) => api.post<PurchaseOrder>(`${po(id)}/revisions`, body),
  acknowledge: (id: string, note?: string) => api.post<PurchaseOrder>(`${po(id)}/acknowledge`, note ? { note } : {}),
  reject: (id: string, reason: string) => api.post<PurchaseOrder>(`${po(id)}/reject`, { reason }),
  cancel: (id: string, reason: string) => api.post<PurchaseOrder>(`${po(id)}/cancel`, { reason }),
  createDeliveryNote: (id: string, body: { deliveredOn?: string; vehicle?: string | null; notes?: string | null; lines: { poLineId: string; quantity: number }[] }) =>
    api.post<DeliveryNote>(`${po(id)}/delivery-notes`, body),
  createReceipt: (noteId: string, body: { receivedOn?: string; notes?: string | null; lines: { deliveryNoteLineId: string; acceptedQty: number; rejectedQty: number; rejectReason?: string | null }[] }, key: string) =>
    postIdempotent<GoodsReceipt>(`/api/delivery-notes/${noteId}/receipts`, body, key),
  createInvoice: (id: string, body: { invoiceDate?: string; supplierInvoiceNo?: string | null; lines: { poLineId: string; quantity: number }[] }, key: string) =>
    postIdempotent<Invoice>(`${po(id)}/invoices`, body, key),
  recordPayment: (invoiceId: string, body: { amount?: string; paidOn?: string; method?: string; externalRef?: string | null }, key: string) =>
    postIdempotent<{ paymentId: string; invoice: Invoice }>(`/api/invoices/${invoiceId}/payments`, body, key),
};

export const pdfUrl = {
  po: (id: string) => `/api/purchase-orders/${id}/pdf`,
  deliveryNote: (id: string) => `/api/delivery-notes/${id}/pdf`,
  invoice: (id: string) => `/api/invoices/${id}/pdf`,
};

/** Payment state of a PO from its lines and invoices: nothing invoiced, awaiting payment, partly paid, or paid in full. */
export type BillingState = 'not_invoiced' | 'awaiting_payment' | 'partly_paid' | 'paid';

export function billingState(po: Pick<PurchaseOrder, 'lines' | 'invoices'>): BillingState {
  if (!po.invoices.length) return 'not_invoiced';
  if (po.invoices.some((i) => i.status !== 'paid')) return 'awaiting_payment';
  const allInvoiced = po.lines.every((l) => l.invoicedQty >= l.quantity);
  return allInvoiced ? 'paid' : 'partly_paid';
}
