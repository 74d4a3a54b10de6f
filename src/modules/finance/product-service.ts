import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type Page, type PageQuery } from '../../core/pagination';
import type { Rupiah } from '../../core/rupiah';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { ALL, assertParty, isProgramme, notFoundOf, orgNames, RULES } from './access';
import type { LoanMethod } from './domain/loan-schedule';
import { checkProduct, type ProductKind, type ProductTerms } from './domain/product-rules';
import * as store from './store';

export interface ProductInput {
  code: string;
  name: string;
  kind: ProductKind;
  method: LoanMethod;
  annualRate: string;
  minTenorMonths: number;
  maxTenorMonths: number;
  minAmount: Rupiah;
  maxAmount: Rupiah;
  financeableShare: string;
  penaltyRate: string;
  graceMonths: number;
  requiredDocuments: string[];
  description?: string | null;
}

export type ProductView = ReturnType<typeof productView> & { lenderName: string };

export function productTerms(p: store.ProductRow): ProductTerms {
  return {
    kind: p.kind as ProductKind,
    method: p.method as LoanMethod,
    annualRate: p.annualRate,
    penaltyRate: p.penaltyRate,
    financeableShare: p.financeableShare,
    minTenorMonths: p.minTenorMonths,
    maxTenorMonths: p.maxTenorMonths,
    minAmount: BigInt(p.minAmount),
    maxAmount: BigInt(p.maxAmount),
    graceMonths: p.graceMonths,
  };
}

export function productView(p: store.ProductRow) {
  return { ...p, minAmount: BigInt(p.minAmount), maxAmount: BigInt(p.maxAmount), kind: p.kind as ProductKind, method: p.method as LoanMethod };
}

export type ProductService = ReturnType<typeof createProductService>;

export function createProductService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  /** Lenders see their own products; IKM, buyers and mentors see active products of every lender; programme sees all. */
  async function loadVisible(actor: Actor, id: string) {
    const p = await store.findProduct(db, id);
    const hidden = notFoundOf('product', id);
    if (!p) throw hidden();
    if (actor.orgKind === 'lender' && actor.type !== 'system' && p.lenderOrgId !== actor.orgId) throw hidden();
    if (!isProgramme(actor) && actor.orgKind !== 'lender' && !p.isActive) throw hidden();
    return p;
  }

  async function withNames(rows: store.ProductRow[]): Promise<ProductView[]> {
    const names = await orgNames(db, rows.map((r) => r.lenderOrgId));
    return rows.map((r) => ({ ...productView(r), lenderName: names.get(r.lenderOrgId) ?? '' }));
  }

  return {
    async create(actor: Actor, input: ProductInput): Promise<ProductView> {
      authorize(actor, { ...RULES.productEditor, relation: 'any' });
      const canonical = checkProduct(input);
      if (await store.findProductByCode(db, actor.orgId, input.code)) {
        throw conflict('finance.product_code_taken', `Kode produk ${input.code} sudah dipakai.`, { field: 'code' });
      }
      const now = clock.now();
      const row = {
        id: newId(),
        lenderOrgId: actor.orgId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        method: input.method,
        ...canonical,
        minTenorMonths: input.minTenorMonths,
        maxTenorMonths: input.maxTenorMonths,
        minAmount: input.minAmount.toString(),
        maxAmount: input.maxAmount.toString(),
        graceMonths: input.graceMonths,
        requiredDocuments: input.requiredDocuments,
        description: input.description ?? null,
        isActive: true,
        createdAt: now,
        updatedAt: now,
      };
      const [created] = await db.transaction(async (tx) => {
        const r = await store.insertProduct(tx, row);
        await audit.record(tx, actor, { action: 'finance.product_created', entityType: 'credit_product', entityId: row.id, orgId: actor.orgId, after: row });
        return r;
      });
      return (await withNames([created!]))[0]!;
    },

    async update(actor: Actor, id: string, patch: Partial<ProductInput> & { isActive?: boolean }): Promise<ProductView> {
      const before = await loadVisible(actor, id);
      assertParty(actor, RULES.productEditor, [before.lenderOrgId], notFoundOf('product', id));
      const merged = { ...productTerms(before), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ProductTerms;
      const canonical = checkProduct(merged);
      const set = {
        name: patch.name,
        kind: merged.kind,
        method: merged.method,
        ...canonical,
        minTenorMonths: merged.minTenorMonths,
        maxTenorMonths: merged.maxTenorMonths,
        minAmount: merged.minAmount.toString(),
        maxAmount: merged.maxAmount.toString(),
        graceMonths: merged.graceMonths,
        requiredDocuments: patch.requiredDocuments,
        description: patch.description,
        isActive: patch.isActive,
        updatedAt: clock.now(),
      };
      const [after] = await db.transaction(async (tx) => {
        const r = await store.updateProductRow(tx, id, set);
        await audit.record(tx, actor, { action: 'finance.product_updated', entityType: 'credit_product', entityId: id, orgId: before.lenderOrgId, before, after: r[0] });
        return r;
      });
      return (await withNames([after!]))[0]!;
    },

    async get(actor: Actor, id: string): Promise<ProductView> {
      authorize(actor, { kinds: ALL, relation: 'any' });
      return (await withNames([await loadVisible(actor, id)]))[0]!;
    },

    async list(actor: Actor, q: PageQuery & { lenderId?: string; kind?: string; activeOnly?: boolean }): Promise<Page<ProductView>> {
      authorize(actor, { kinds: ALL, relation: 'any' });
      const ownOnly = actor.type !== 'system' && actor.orgKind === 'lender';
      const { rows, total } = await store.listProducts(db, {
        lenderOrgId: ownOnly ? actor.orgId : q.lenderId,
        activeOnly: isProgramme(actor) || ownOnly ? q.activeOnly : true,
        kind: q.kind,
        limit: q.pageSize,
        offset: pageOffset(q),
      });
      return { items: await withNames(rows), page: q.page, pageSize: q.pageSize, total };
    },
  };
}
