import { parseRupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import { mouDocumentHash, type MouStatus } from './domain/mou';
import * as store from './store';

export interface MouPartyView {
  orgId: string;
  orgName: string;
  role: 'initiator' | 'ikm';
  marketAccessPerYear: bigint | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  signedAt: Date | null;
  signedByName: string | null;
  signedDocumentHash: string | null;
}

export interface MouView {
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
  totalMarketAccessPerYear: bigint;
  terminationReason: string | null;
  documentHash: string;
  parties: MouPartyView[];
  documents: Awaited<ReturnType<typeof store.listDocuments>>;
  sentAt: Date | null;
  activatedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The full MoU as the API shows it, with the hash of its current terms. */
export async function loadMouView(x: Executor, mou: store.MouRow, knownParties?: store.MouPartyRow[]): Promise<MouView> {
  const [parties, documents] = await Promise.all([knownParties ?? store.findParties(x, mou.id), store.listDocuments(x, mou.id)]);
  const names = await store.orgNames(x, parties.map((p) => p.orgId));
  const partyViews: MouPartyView[] = parties
    .map((p) => ({
      orgId: p.orgId,
      orgName: names.get(p.orgId)?.name ?? '',
      role: p.role as 'initiator' | 'ikm',
      marketAccessPerYear: p.marketAccessPerYear === null ? null : parseRupiah(p.marketAccessPerYear),
      signatoryName: p.signatoryName,
      signatoryTitle: p.signatoryTitle,
      signedAt: p.signedAt,
      signedByName: p.signedByName,
      signedDocumentHash: p.signedDocumentHash,
    }))
    .sort((a, b) => (a.role === b.role ? a.orgName.localeCompare(b.orgName) : a.role === 'initiator' ? -1 : 1));
  const documentHash = mouDocumentHash({
    reference: mou.reference,
    title: mou.title,
    scope: mou.scope,
    parts: mou.parts,
    obligations: mou.obligations,
    startDate: mou.startDate,
    endDate: mou.endDate,
    parties: partyViews,
    documents: documents.map((d) => d.sha256),
  });
  return {
    id: mou.id,
    reference: mou.reference,
    status: mou.status as MouStatus,
    initiatorOrgId: mou.initiatorOrgId,
    initiatorName: names.get(mou.initiatorOrgId)?.name ?? '',
    title: mou.title,
    scope: mou.scope,
    parts: mou.parts,
    obligations: mou.obligations,
    startDate: mou.startDate,
    endDate: mou.endDate,
    totalMarketAccessPerYear: parseRupiah(mou.totalMarketAccessPerYear),
    terminationReason: mou.terminationReason,
    documentHash,
    parties: partyViews,
    documents,
    sentAt: mou.sentAt,
    activatedAt: mou.activatedAt,
    closedAt: mou.closedAt,
    createdAt: mou.createdAt,
    updatedAt: mou.updatedAt,
  };
}
