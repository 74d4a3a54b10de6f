import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { notificationsQuery, PAGE_SIZE, unreadCountQuery, useMarkRead } from './queries';

const route = getRouteApi('/app/notifikasi');

/** All notifications of the signed-in user, newest first; unread ones can be marked read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(notificationsQuery({ page, unread: search.unread }));
  const count = useQuery(unreadCountQuery);
  const markRead = useMarkRead();

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={(count.data?.unread ?? 0) > 0 && (
          <Button size="xs" variant="light" loading={markRead.isPending && !markRead.variables} onClick={() => markRead.mutate(undefined)}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      />
      <SegmentedControl
        mb="md"
        value={search.unread ? 'unread' : 'all'}
        onChange={(v) => void navigate({ search: { unread: v === 'unread' ? true : undefined, page: undefined } })}
        data={[{ value: 'all', label: t('notifications.all') }, { value: 'unread', label: t('notifications.unreadOnly') }]}
        aria-label={t('notifications.filter')}
      />
      <QueryView query={query} empty={t('notifications.none')}>
        {(data) => (
          <>
            <Stack gap="xs">
              {data.items.map((n) => (
                <Card key={n.id} withBorder padding="sm" component="article" style={n.readAt ? undefined : { borderLeft: '4px solid var(--mantine-color-teal-6)' }}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap="xs">
                        {!n.readAt && <Badge size="xs" color="teal">{t('notifications.new')}</Badge>}
                        <Text size="xs" c="dimmed">{formatDateTime(n.createdAt, i18n.language)}</Text>
                      </Group>
                      {n.link ? (
                        <Anchor component={Link} to={n.link as '/'} fw={600} size="sm" onClick={() => !n.readAt && markRead.mutate(n.id)}>
                          {n.title}
                        </Anchor>
                      ) : (
                        <Text fw={600} size="sm">{n.title}</Text>
                      )}
                      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{n.body}</Text>
                    </Stack>
                    {!n.readAt && (
                      <Button size="compact-xs" variant="subtle" style={{ flexShrink: 0 }} onClick={() => markRead.mutate(n.id)} aria-label={t('notifications.markReadOf', { title: n.title })}>
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </Group>
                </Card>
              ))}
            </Stack>
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
