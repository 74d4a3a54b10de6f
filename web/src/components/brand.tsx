import { Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The Lingkar mark and name, linking home. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('shell.brandHome')}>
      <Group gap={8} wrap="nowrap">
        <svg width="26" height="26" viewBox="0 0 64 64" aria-hidden="true">
          <circle cx="32" cy="32" r="24" fill="none" stroke="var(--mantine-color-teal-7)" strokeWidth="10" />
          <circle cx="32" cy="32" r="6" fill="var(--mantine-color-orange-6)" />
        </svg>
        <Text fw={700} size="lg">
          Lingkar
        </Text>
      </Group>
    </Link>
  );
}
