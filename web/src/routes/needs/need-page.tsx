import { Anchor, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { Need } from '../../api/needs-types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { NeedMatchesPanel } from '../matching/need-matches';
import { canEditNeed, ikmCanRespond, isNeedOwnerSide, NeedStatusBadge } from './common';
import { IkmResponse } from './ikm-response';
import { NeedActions } from './need-actions';
import { NeedFiles } from './need-files';
import { NeedSummary } from './need-summary';
import { InterestsCard, InvitationsCard } from './owner-panels';
import { QuotationCompare } from './quotation-compare';
import { needQuery } from './queries';

const route = getRouteApi('/app/kebutuhan/$needId');
export const NEED_TABS = ['rincian', 'penawaran', 'pencocokan'] as const;
export type NeedTab = (typeof NEED_TABS)[number];

function Body({ need }: { need: Need }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const owner = isNeedOwnerSide(me, need);
  const canEdit = canEditNeed(me, need);
  const tab: NeedTab = search.tab ?? 'rincian';
  const tabs: NeedTab[] = owner ? ['rincian', 'penawaran', 'pencocokan'] : ['rincian', 'penawaran'];
  const ikm = me.kind === 'ikm';

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/kebutuhan" size="sm">← {t('needs.backToList')}</Anchor>
      <PageHeader
        title={need.partName}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <NeedStatusBadge status={need.status} />
            <Text span size="sm">{need.reference} · {need.buyer.name}</Text>
          </Group>
        }
        actions={canEdit && <NeedActions need={need} />}
      />
      <Tabs value={tab} onChange={(v) => void navigate({ search: { tab: v === 'rincian' ? undefined : (v as NeedTab) }, replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {k === 'penawaran' && ikm ? t('needs.tabs.myQuotation') : t(`needs.tabs.${k}`)}
              {k === 'penawaran' && owner && need.quotationCount ? ` (${need.quotationCount})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="rincian">
          <Stack gap="md">
            <NeedSummary need={need} />
            <SimpleGrid cols={{ base: 1, md: owner ? 3 : 1 }} spacing="md">
              <NeedFiles needId={need.id} canEdit={canEdit && (need.status === 'draft' || need.status === 'open')} />
              {owner && <InvitationsCard need={need} canEdit={canEdit && (need.status === 'draft' || need.status === 'open')} />}
              {owner && <InterestsCard need={need} />}
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="penawaran">
          {owner ? <QuotationCompare need={need} canEdit={canEdit} /> : ikm ? <IkmResponse need={need} canAct={ikmCanRespond(me)} /> : null}
        </Tabs.Panel>
        {owner && (
          <Tabs.Panel value="pencocokan">
            <NeedMatchesPanel need={need} canInvite={canEdit && (need.status === 'draft' || need.status === 'open')} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

/** One part need: details and files; quotations (compare and shortlist, or the IKM's own); ranked IKM with reasons. */
export function NeedPage() {
  const { needId } = route.useParams();
  const query = useQuery(needQuery(needId));
  return <QueryView query={query}>{(need) => <Body need={need} />}</QueryView>;
}
