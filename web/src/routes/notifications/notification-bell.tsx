import { useState } from 'react';
import { ActionIcon, Anchor, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import { notificationsQuery, unreadCountQuery, useMarkRead } from './queries';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header bell: unread count, the latest notifications, "see all". */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const count = useQuery(unreadCountQuery);
  const latest = useQuery({ ...notificationsQuery({ page: 1, pageSize: 6 }), enabled: open });
  const markRead = useMarkRead();
  const unread = count.data?.unread ?? 0;
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" width={320} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={!unread} offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} title={label} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">{t('notifications.title')}</Text>
          {unread > 0 && (
            <Anchor component="button" size="xs" onClick={() => markRead.mutate(undefined)}>
              {t('notifications.markAllRead')}
            </Anchor>
          )}
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360}>
          {latest.isPending ? (
            <Text size="sm" c="dimmed" p="sm">{t('common.loading')}</Text>
          ) : !latest.data?.items.length ? (
            <Text size="sm" c="dimmed" p="sm">{t('notifications.none')}</Text>
          ) : (
            <Stack gap={0}>
              {latest.data.items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  px="sm"
                  py={8}
                  style={{ borderBottom: '1px solid var(--mantine-color-default-border)', background: n.readAt ? undefined : 'var(--mantine-color-teal-light)' }}
                  onClick={() => {
                    if (!n.readAt) markRead.mutate(n.id);
                    setOpen(false);
                    if (n.link) void navigate({ to: n.link as '/' });
                  }}
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>{n.title}</Text>
                  <Text size="xs" c="dimmed">{formatDateTime(n.createdAt, i18n.language)}</Text>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" p="xs">
          <Anchor component={Link} to="/notifikasi" size="sm" onClick={() => setOpen(false)}>
            {t('notifications.seeAll')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
