import { useState } from 'react';
import { Anchor, Badge, Button, Card, Collapse, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { IkmMatch } from '../../api/matching-types';
import type { Page } from '../../api/types';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { ExplanationList, ScoreBar } from './explanation-list';
import { formatKm } from './format';
import { ikmMatchesQuery } from './queries';

const route = getRouteApi('/app/pencocokan/ikm');

function NeedMatchCard({ m }: { m: IkmMatch }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(m.rank <= 3);
  const km = formatKm(m.distanceKm, i18n.language);
  return (
    <Card withBorder padding="sm" component="article" aria-label={`${m.rank}. ${m.partName}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Badge size="lg" circle variant="light" style={{ flexShrink: 0 }}>{m.rank}</Badge>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/kebutuhan/$needId" params={{ needId: m.needId }} />}>{m.partName}</Anchor>
              <Text size="xs" c="dimmed">{m.reference} · {m.buyerName}</Text>
              <Text size="xs" c="dimmed">{t('matching.deadline', { date: formatDate(m.deadline, i18n.language) })}{km ? ` · ${t('matching.distance', { km })}` : ''}</Text>
            </Stack>
          </Group>
          <ScoreBar score={m.score} />
        </Group>
        <Collapse in={open}><ExplanationList explanations={m.explanations} /></Collapse>
        <Group><Button size="xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>{open ? t('matching.hideReasons') : t('matching.showReasons')}</Button></Group>
      </Stack>
    </Card>
  );
}

/** Programme staff (and buyers) pick an IKM; an IKM sees its own. */
function IkmSelect({ value, name, onChange }: { value: string | undefined; name?: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({ queryKey: ['registry', 'ikm', 'pick', debounced], queryFn: ({ signal }) => api.get<Page<{ id: string; legalName: string }>>('/api/ikm', { q: debounced || undefined, pageSize: 20 }, signal), retry: false });
  return (
    <Select
      label={t('matching.ikm')}
      placeholder={t('matching.pickIkm')}
      searchable
      clearable
      maw={480}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={(query.data?.items ?? []).map((i) => ({ value: i.id, label: i.legalName })).concat(value && !query.data?.items.some((i) => i.id === value) ? [{ value, label: name ?? '…' }] : [])}
      value={value ?? null}
      onChange={onChange}
      nothingFoundMessage={t('common.empty')}
    />
  );
}

/** Open part needs an IKM is eligible for, best first, each with its reasons. */
export function IkmMatchesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const orgId = me.kind === 'ikm' ? me.organisation.id : search.orgId;
  const query = useQuery({ ...ikmMatchesQuery(orgId ?? ''), enabled: !!orgId });
  return (
    <Stack gap="md">
      <PageHeader title={me.kind === 'ikm' ? t('matching.ikmTitleOwn') : t('matching.ikmTitle')} description={t('matching.ikmDescription')} />
      {me.kind !== 'ikm' && <IkmSelect value={orgId} name={query.data?.ikm.name} onChange={(id) => void navigate({ search: { orgId: id ?? undefined } })} />}
      {orgId && (
        <QueryView query={query} isEmpty={(m) => m.results.length === 0} empty={t('matching.noneForIkm')}>
          {(m) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('matching.ikmIntro', { name: m.ikm.name, count: m.needsConsidered, shown: m.results.length })}
                {!m.ikm.isVerified && ` ${t('matching.notVerified')}`}
              </Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
                {m.results.map((r) => <NeedMatchCard key={r.needId} m={r} />)}
              </SimpleGrid>
            </Stack>
          )}
        </QueryView>
      )}
    </Stack>
  );
}
