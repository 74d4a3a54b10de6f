/** MoU (Nota Kesepahaman) shapes of /api/mous — checked by hand against src/modules/partnerships/routes.ts and /api/openapi.json. Money: digit strings. */
export const MOU_STATUSES = ['draft', 'sent', 'partially_signed', 'signed', 'active', 'expired', 'terminated'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

export interface MouParty {
  orgId: string;
  orgName: string;
  role: 'initiator' | 'ikm';
  /** Whole Rupiah per year (IKM parties), null for the initiator. */
  marketAccessPerYear: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  signedAt: string | null;
  signedByName: string | null;
  signedDocumentHash: string | null;
}

export interface MouDocument {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface Mou {
  id: string;
  reference: string;
  status: MouStatus;
  initiatorOrgId: string;
  initiatorName: string;
  title: string;
  scope: string;
  parts: string[];
  obligations: { party: string; text: string }[];
  startDate: string;
  endDate: string;
  totalMarketAccessPerYear: string;
  terminationReason: string | null;
  /** SHA-256 of the current terms; sent back when signing. */
  documentHash: string;
  parties: MouParty[];
  documents: MouDocument[];
  sentAt: string | null;
  activatedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MouSummary {
  id: string;
  reference: string;
  status: MouStatus;
  initiatorOrgId: string;
  title: string;
  startDate: string;
  endDate: string;
  totalMarketAccessPerYear: string;
  partyCount: number;
  signedCount: number;
  createdAt: string;
}

export interface MouInput {
  title: string;
  scope: string;
  parts: string[];
  obligations: { party: string; text: string }[];
  startDate: string;
  endDate: string;
  signatory?: { name: string; title: string } | null;
  ikm: { orgId: string; marketAccessPerYear: string; signatoryName?: string | null; signatoryTitle?: string | null }[];
}

/** Renewal reminders go out this many days before the end date (server: REMINDER_DAYS). */
export const MOU_REMINDER_DAYS = 90;
