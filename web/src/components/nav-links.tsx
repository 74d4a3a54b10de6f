import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../api/session';
import { canAccess } from '../access';
import { linkOf, NAV, type NavEntry } from '../nav';

function isActive(entry: NavEntry, href: string, pathname: string): boolean {
  if (entry.exact) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The navigation entries this user may see, grouped as nav.ts says. */
export function NavLinks() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const visible = NAV.filter((e) => canAccess(me, e.access));
  const groups = [...new Set(visible.map((e) => e.group))];

  return (
    <Stack gap={4}>
      {groups.map((group) => (
        <Stack gap={2} key={group ?? 'main'} mb="sm">
          {group && (
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="xs">
              {t(group)}
            </Text>
          )}
          {visible
            .filter((e) => e.group === group)
            .map((entry) => {
              const href = linkOf(entry, me);
              const active = isActive(entry, href, pathname);
              return (
                // nav entries are plain paths (some built from the user), so the link is not route-typed
                <NavLink key={entry.id} component={Link} to={href as '/'} label={t(entry.label)} active={active} aria-current={active ? 'page' : undefined} />
              );
            })}
        </Stack>
      ))}
    </Stack>
  );
}
