import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { createAgeingService } from './ageing-service';
import { createAkadService } from './akad-service';
import { createApplicationService } from './application-service';
import { createCorrectionService } from './correction-service';
import { createEscrowService } from './escrow-service';
import { NO_PARTY_INFO, NO_UNDERLYINGS, type FinanceLookups } from './lookups';
import { createProductService } from './product-service';
import { createReportService } from './report-service';
import { createReviewService } from './review-service';
import { createStatementService } from './statement-service';

export type FinanceService = ReturnType<typeof createFinanceService>;

/** The finance area: products, applications, reviews, akad, escrow payments, ageing, reports and statements. */
export function createFinanceService(deps: Deps, audit: AuditService, lookups: Partial<FinanceLookups> = {}) {
  const l: FinanceLookups = { underlying: lookups.underlying ?? NO_UNDERLYINGS, parties: lookups.parties ?? NO_PARTY_INFO };
  const products = createProductService(deps, audit);
  const applications = createApplicationService(deps, audit, l);
  const reviews = createReviewService(deps, audit, l, applications);
  const akads = createAkadService(deps, audit, applications);
  const escrow = createEscrowService(deps, audit, l, akads);
  const ageing = createAgeingService(deps, audit);
  const reports = createReportService(deps, l);
  const statements = createStatementService(deps, akads, escrow);
  const corrections = createCorrectionService(deps, audit);
  return { products, applications, reviews, akads, escrow, ageing, reports, statements, corrections, lookups: l };
}
