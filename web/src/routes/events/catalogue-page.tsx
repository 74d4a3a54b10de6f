import { useState } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Participant } from '../../api/events-types';
import type { Need } from '../../api/needs-types';
import type { OrgKind, Page } from '../../api/types';
import { KindBadge } from '../../components/badges';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../components/format';
import { canActForOrg, canMeet } from './common';
import { EventFrame } from './event-frame';
import { exhibitorsQuery, participantsQuery } from './queries';
import { RequestMeetingButton } from './request-meeting';

const route = getRouteApi('/app/acara/$eventId/katalog');

const matches = (q: string, ...texts: (string | null | undefined)[]) => !q || texts.some((s) => s?.toLowerCase().includes(q));

/** Part needs posted for the event (for the kinds that see needs). */
function EventNeeds({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['needs', 'list', { eventId }], queryFn: ({ signal }) => api.get<Page<Need>>('/api/needs', { eventId, pageSize: 100 }, signal) });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('events.catalogue.needs')}</Title>
      <QueryView query={query} empty={t('events.catalogue.noNeeds')}>
        {(page) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {page.items.map((n) => (
              <Card key={n.id} withBorder padding="sm">
                <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/kebutuhan/$needId" params={{ needId: n.id }} />}>{n.partName}</Anchor>
                <Text size="xs" c="dimmed">{n.reference} · {n.buyer.name}</Text>
                <Text size="xs" c="dimmed">{t('events.catalogue.deadline', { date: formatDate(n.deadline, i18n.language) })}</Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </Stack>
  );
}

/** The catalogue: exhibitors with their booths and products, other participants, and the event's part needs. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { eventId } = route.useParams();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const exhibitors = useQuery(exhibitorsQuery(eventId));
  const participants = useQuery(participantsQuery(eventId, { role: 'visitor' }));
  const seesNeeds = me.kind === 'programme' || me.kind === 'buyer' || me.kind === 'ikm';

  const requestFor = (mine: Participant | null, p: Participant) =>
    mine && canActForOrg(me) && p.orgId !== mine.orgId && canMeet(me.kind, p.orgKind) ? <RequestMeetingButton eventId={eventId} mine={mine} to={p} size="xs" variant="light" /> : null;

  return (
    <EventFrame eventId={eventId} tab="catalogue">
      {({ mine }) => (
        <Stack gap="lg">
          <TextInput label={t('common.search')} placeholder={t('events.catalogue.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={420} />
          <Stack gap="xs">
            <Title order={4}>{t('events.catalogue.exhibitors')}</Title>
            <QueryView query={exhibitors} empty={t('events.catalogue.noExhibitors')}>
              {(list) => (
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  {list.filter((x) => matches(needle, x.orgName, x.booth?.title, x.booth?.description, ...(x.booth?.products ?? []))).map((x) => (
                    <Card key={x.id} withBorder padding="sm" component="article" aria-label={x.orgName}>
                      <Stack gap={6} h="100%">
                        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{x.orgName}</Text>
                          {x.booth && <Badge variant="outline" style={{ flexShrink: 0 }}>{x.booth.code}</Badge>}
                        </Group>
                        <Group gap={6}><KindBadge kind={x.orgKind as OrgKind} />{x.booth?.zone && <Text size="xs" c="dimmed">{x.booth.zone}</Text>}</Group>
                        {x.booth?.title && <Text size="sm" fw={500}>{x.booth.title}</Text>}
                        {x.booth?.description && <Text size="sm" c="dimmed" lineClamp={3}>{x.booth.description}</Text>}
                        {!!x.booth?.products.length && <Group gap={4}>{x.booth.products.map((p) => <Badge key={p} size="xs" variant="light" color="gray">{p}</Badge>)}</Group>}
                        <Group justify="flex-end" mt="auto">{requestFor(mine, x)}</Group>
                      </Stack>
                    </Card>
                  ))}
                </SimpleGrid>
              )}
            </QueryView>
          </Stack>
          <Stack gap="xs">
            <Title order={4}>{t('events.catalogue.visitors')}</Title>
            <QueryView query={participants} empty={t('events.catalogue.noVisitors')}>
              {(list) => (
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  {list.filter((p) => p.status === 'registered' && matches(needle, p.orgName)).map((p) => (
                    <Card key={p.id} withBorder padding="sm" component="article" aria-label={p.orgName}>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Stack gap={4} style={{ minWidth: 0 }}>
                          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>{p.orgName}</Text>
                          <Group><KindBadge kind={p.orgKind as OrgKind} /></Group>
                        </Stack>
                        {requestFor(mine, p)}
                      </Group>
                    </Card>
                  ))}
                </SimpleGrid>
              )}
            </QueryView>
          </Stack>
          {seesNeeds && <EventNeeds eventId={eventId} />}
        </Stack>
      )}
    </EventFrame>
  );
}
