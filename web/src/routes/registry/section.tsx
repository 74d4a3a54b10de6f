import type { ReactNode } from 'react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';

/** A titled card of a profile page. */
export function Section({ title, children, actions, testId }: { title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          {actions}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/** Label above value. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children ?? '—'}</div>
    </Stack>
  );
}

export function Fields({ children, cols = 2, base = 1 }: { children: ReactNode; cols?: number; base?: number }) {
  return (
    <SimpleGrid cols={{ base, xs: cols }} spacing="sm" verticalSpacing="sm">
      {children}
    </SimpleGrid>
  );
}

/** "—" for empty lists and texts. */
export function Dash() {
  return <Text size="sm" c="dimmed">—</Text>;
}
