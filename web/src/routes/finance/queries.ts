import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  Akad,
  AkadStatus,
  AkadSummary,
  Application,
  ApplicationStatus,
  ApplicationSummary,
  CreditProduct,
  EscrowAccount,
  JournalEntry,
  LedgerCheck,
  LenderPortfolio,
  MouSummary,
  PaymentResult,
  Pipeline,
  PoSummary,
  ProductKind,
  ProgrammePortfolio,
  Reconciliation,
} from '../../api/finance-types';

export const PAGE_SIZE = 20;
const F = '/api/finance';

/** Every finance query key starts with 'finance': one invalidation refreshes the area after a change. */
export const FINANCE_KEY = ['finance'] as const;

export const productsQuery = (f: { kind?: ProductKind; lenderId?: string; activeOnly?: boolean; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: ['finance', 'products', f],
    queryFn: ({ signal }) => api.get<Page<CreditProduct>>(`${F}/products`, { kind: f.kind, lenderId: f.lenderId, activeOnly: f.activeOnly, page: f.page ?? 1, pageSize: f.pageSize ?? PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const productQuery = (id: string) =>
  queryOptions({ queryKey: ['finance', 'product', id], queryFn: ({ signal }) => api.get<CreditProduct>(`${F}/products/${id}`, undefined, signal) });

export const applicationsQuery = (f: { status?: ApplicationStatus; page?: number }) =>
  queryOptions({
    queryKey: ['finance', 'applications', f],
    queryFn: ({ signal }) => api.get<Page<ApplicationSummary>>(`${F}/applications`, { status: f.status, page: f.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const applicationQuery = (id: string) =>
  queryOptions({ queryKey: ['finance', 'application', id], queryFn: ({ signal }) => api.get<Application>(`${F}/applications/${id}`, undefined, signal) });

export const akadsQuery = (f: { status?: AkadStatus; page?: number }) =>
  queryOptions({
    queryKey: ['finance', 'akads', f],
    queryFn: ({ signal }) => api.get<Page<AkadSummary>>(`${F}/akad`, { status: f.status, page: f.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const akadQuery = (id: string) => queryOptions({ queryKey: ['finance', 'akad', id], queryFn: ({ signal }) => api.get<Akad>(`${F}/akad/${id}`, undefined, signal) });

export const journalQuery = (akadId: string) =>
  queryOptions({ queryKey: ['finance', 'journal', akadId], queryFn: ({ signal }) => api.get<JournalEntry[]>(`${F}/akad/${akadId}/journal`, undefined, signal) });

export const escrowAccountsQuery = () => queryOptions({ queryKey: ['finance', 'escrow'], queryFn: ({ signal }) => api.get<EscrowAccount[]>(`${F}/escrow`, undefined, signal) });

export const escrowPaymentsQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: ['finance', 'escrow-payments', id, page],
    queryFn: ({ signal }) => api.get<Page<PaymentResult>>(`${F}/escrow/${id}/payments`, { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const reconciliationQuery = (id: string) =>
  queryOptions({ queryKey: ['finance', 'reconciliation', id], queryFn: ({ signal }) => api.get<Reconciliation>(`${F}/escrow/${id}/reconciliation`, undefined, signal) });

export const pipelineQuery = (lenderId?: string) =>
  queryOptions({ queryKey: ['finance', 'pipeline', lenderId ?? null], queryFn: ({ signal }) => api.get<Pipeline>(`${F}/pipeline`, { lenderId }, signal) });

export const lenderPortfolioQuery = (lenderId?: string) =>
  queryOptions({ queryKey: ['finance', 'portfolio', lenderId ?? null], queryFn: ({ signal }) => api.get<LenderPortfolio>(`${F}/portfolio`, { lenderId }, signal) });

export const programmePortfolioQuery = () =>
  queryOptions({ queryKey: ['finance', 'portfolio-programme'], queryFn: ({ signal }) => api.get<ProgrammePortfolio>(`${F}/portfolio/programme`, undefined, signal) });

export const ledgerCheckQuery = () => queryOptions({ queryKey: ['finance', 'ledger-check'], queryFn: ({ signal }) => api.get<LedgerCheck>(`${F}/ledger/check`, undefined, signal) });

/** The IKM's MoUs (partnerships area) that may back an application. */
export const myMousQuery = () =>
  queryOptions({ queryKey: ['finance', 'backing', 'mous'], queryFn: ({ signal }) => api.get<Page<MouSummary>>('/api/mous', { page: 1, pageSize: 100 }, signal) });

/** The orders area's PO list (its address, as the orders routes define it). */
export const PO_LIST_PATH = '/api/purchase-orders';

/** The IKM's POs (orders area) that may back an application. */
export const myPosQuery = () =>
  queryOptions({ queryKey: ['finance', 'backing', 'pos'], queryFn: ({ signal }) => api.get<Page<PoSummary>>(PO_LIST_PATH, { page: 1, pageSize: 100 }, signal), retry: false });

