import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';

/** Label/value pairs in a responsive grid (one column on phones). */
export function Facts({ items, cols = 3 }: { items: { label: string; value: ReactNode; testId?: string }[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: cols }} spacing="sm" verticalSpacing="xs">
      {items.map((i) => (
        <Stack gap={0} key={i.label} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">{i.label}</Text>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid={i.testId}>{i.value}</Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** A headline figure card (e.g. outstanding, NPL ratio). */
export function Stat({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)', minWidth: 0 }}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="md" style={{ whiteSpace: 'nowrap' }} data-testid={testId}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Stack>
  );
}
