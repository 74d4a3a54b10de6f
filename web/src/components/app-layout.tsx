import { useEffect } from 'react';
import { AppShell, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/session';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { NotificationBell } from '../routes/notifications/notification-bell';
import { UserMenu } from './user-menu';

/** The signed-in shell: header (burger on phones, language, account) and the navigation. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => close(), [pathname, close]);
  const { data: me } = useQuery(meQuery);
  // signed out (sign-out or expired session): the handler that cleared the user is taking us to /masuk
  if (!me) return null;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? t('shell.closeNav') : t('shell.openNav')} aria-expanded={opened} aria-controls="main-nav" />
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="main-nav" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <NavLinks />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
