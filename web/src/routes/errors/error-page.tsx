import { Button, Center, Stack, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/states';

/** A route failed to load (server unreachable, unexpected error). */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Center py={60} px="md">
      <Stack maw={520} w="100%">
        <Title order={2}>{t('common.errorTitle')}</Title>
        <ErrorState error={error} />
        <Button variant="light" onClick={() => { reset(); window.location.reload(); }}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
