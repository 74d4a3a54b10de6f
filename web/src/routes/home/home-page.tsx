import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { canAccess } from '../../access';
import { KindBadge, RoleBadges } from '../../components/badges';
import { linkOf, NAV } from '../../nav';

/** Beranda: who you are, where you belong, and where you can go. Area dashboards come later. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(`${t('nav.home')} — Lingkar`);
  const shortcuts = NAV.filter((e) => e.id !== 'home' && canAccess(me, e.access));

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('home.greeting', { name: me.user.name })}</Title>
        <Text c="dimmed">{t('home.intro')}</Text>
      </div>
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('home.yourOrganisation')}
          </Text>
          <Group gap="sm" wrap="wrap">
            <Title order={3} data-testid="home-org-name">
              {me.organisation.name}
            </Title>
            <KindBadge kind={me.kind} />
          </Group>
          <Group gap="xs">
            <Text size="sm">{t('home.yourRoles')}</Text>
            <RoleBadges roles={me.roles} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('home.signedInAs', { email: me.user.email })}
          </Text>
        </Stack>
      </Card>
      {shortcuts.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('home.shortcuts')}</Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {shortcuts.map((e) => (
              <Card key={e.id} withBorder padding="md">
                <Anchor component={Link} to={linkOf(e, me) as '/'} fw={600}>
                  {t(e.label)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t(`home.hints.${e.id}`, { defaultValue: '' })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
